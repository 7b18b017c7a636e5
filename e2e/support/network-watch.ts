import type { Page } from '@playwright/test';
import { apiBase } from './env';

/** Whether a URL is under the API base the console calls (E2E_API_BASE, `/api` by default). */
export function isApiUrl(url: string, pageUrl: string): boolean {
  if (!URL.canParse(apiBase, pageUrl)) return false;
  const base = new URL(apiBase, pageUrl);
  const target = new URL(url);
  return target.origin === base.origin && (target.pathname === base.pathname || target.pathname.startsWith(`${base.pathname}/`));
}

/**
 * Everything that went wrong on the wire while a flow ran, as readable lines: requests that
 * failed outright (network errors, refused module loads), API answers of 500 and up (a 4xx
 * from the API can be the answer a screen expects, such as the 401 before signing in), any
 * other answer of 400 and up (a module, a stylesheet or an icon that did not load: a lazy
 * screen's code answered 404 shows as "Failed to fetch dynamically imported module"), and
 * uncaught errors in the page.
 */
export function watchNetwork(page: Page) {
  const problems: string[] = [];
  page.on('requestfailed', (request) => {
    problems.push(`${request.method()} ${request.url()} failed: ${request.failure()?.errorText ?? 'unknown error'}`);
  });
  page.on('response', (response) => {
    const status = response.status();
    const api = isApiUrl(response.url(), page.url());
    if ((api && status >= 500) || (!api && status >= 400)) {
      const via = response.fromServiceWorker() ? ' (from the service worker)' : '';
      problems.push(`${response.request().method()} ${response.url()} answered ${status}${via}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught in the page: ${error.message}`));
  return { problems: () => [...problems] };
}
