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
 *
 * One exception: an API read the console cancelled itself (net::ERR_ABORTED, when a newer
 * navigation supersedes a loader's read) and then made again and got answered. A read that
 * was cancelled and never answered afterwards (a time-out, say) still counts.
 */
export function watchNetwork(page: Page) {
  const problems: string[] = [];
  let events = 0;
  const cancelledReads: Array<{ url: string; at: number; line: string }> = [];
  /** The last time each API URL was read successfully. */
  const answeredAt = new Map<string, number>();
  page.on('requestfailed', (request) => {
    const errorText = request.failure()?.errorText ?? 'unknown error';
    const line = `${request.method()} ${request.url()} failed: ${errorText}`;
    if (errorText === 'net::ERR_ABORTED' && request.method() === 'GET' && isApiUrl(request.url(), page.url())) {
      cancelledReads.push({ url: request.url(), at: events++, line });
    } else {
      problems.push(line);
    }
  });
  page.on('response', (response) => {
    const status = response.status();
    const api = isApiUrl(response.url(), page.url());
    if (api && response.request().method() === 'GET' && status < 400) answeredAt.set(response.url(), events++);
    if ((api && status >= 500) || (!api && status >= 400)) {
      const via = response.fromServiceWorker() ? ' (from the service worker)' : '';
      problems.push(`${response.request().method()} ${response.url()} answered ${status}${via}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught in the page: ${error.message}`));
  return {
    problems: () => [
      ...problems,
      ...cancelledReads.filter((read) => (answeredAt.get(read.url) ?? -1) < read.at).map((read) => read.line),
    ],
  };
}
