import { referenceListPaths } from '../features/reference/reference-paths';
import { absoluteApiUrl, startEarlyRead } from '../shared/http/early-responses';

/**
 * The API reads a screen starts with, by the address it opens at. Every signed-in screen
 * reads the session; the profile also reads its customer, the settings and the reference
 * lists its selects show.
 */
export function earlyReads(pathname: string): string[] {
  if (pathname === '/login') return [];
  const id = profileIdOf(pathname);
  if (id === undefined) return ['/session'];
  return ['/session', `/customers/${id}`, '/settings', ...Object.values(referenceListPaths)];
}

/** The customer whose profile `pathname` opens (`/customers/42`, `/customers/42/billing-settings`). */
export function profileIdOf(pathname: string): number | undefined {
  const match = /^\/customers\/(\d+)(?:\/[a-z-]+)?\/?$/.exec(pathname);
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) ? id : undefined;
}

/**
 * index.html runs this inline, while it is still being parsed (src/app/early-requests-plugin.ts):
 * the reads go out before the console's code has even downloaded, and the first render finds
 * its data instead of a skeleton. The HTTP client takes each answer once (early-responses.ts).
 */
export function startEarlyReads(baseUrl: string, location: Pick<Location, 'pathname' | 'origin'>): void {
  for (const path of earlyReads(location.pathname)) startEarlyRead(absoluteApiUrl(baseUrl, path, location.origin).href);
}
