/**
 * GET requests started by index.html's early-requests script (src/app/early-requests.ts)
 * before the console's own code has loaded, keyed by absolute URL. The HTTP client takes a
 * response from here instead of asking again, once; what the first screen did not take is
 * dropped, so a later read never gets an old answer.
 */
interface EarlyRead {
  response: Promise<Response>;
  startedAt: number;
}

declare global {
  interface Window {
    __earlyReads?: Map<string, EarlyRead>;
  }
}

/** An early answer older than this is not taken: the first screen has long been shown. */
const maxAgeMs = 10_000;

/** The headers every read sends; an early request must ask exactly what the client would. */
export const readHeaders = { Accept: 'application/json, application/problem+json' } as const;

/** The absolute URL of an API path, as the client asks for it. */
export function absoluteApiUrl(baseUrl: string, path: string, origin: string): URL {
  return new URL(`${baseUrl.replace(/\/$/, '')}${path}`, origin);
}

export function startEarlyRead(url: string): void {
  const reads = (window.__earlyReads ??= new Map());
  reads.set(url, { response: fetch(url, { headers: readHeaders, credentials: 'include' }), startedAt: performance.now() });
}

/** The early answer for `url`, once, if there is a fresh one. */
export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined;
  const read = window.__earlyReads?.get(url);
  if (!read) return undefined;
  window.__earlyReads?.delete(url);
  return performance.now() - read.startedAt <= maxAgeMs ? read.response : undefined;
}

/** Drops the early answers nobody took (a signed-out visit, a redirect). */
export function discardEarlyResponses(): void {
  if (typeof window !== 'undefined') window.__earlyReads?.clear();
}
