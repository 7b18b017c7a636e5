/**
 * Runs `callback` when the browser has nothing more urgent to do (after input, rendering and
 * painting), or after `timeoutMs` at the latest. Returns a function that cancels it.
 * Where requestIdleCallback is missing (Safari, jsdom) a short timer stands in.
 */
export function whenIdle(callback: () => void, timeoutMs = 1_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 50);
  return () => clearTimeout(handle);
}
