import { useEffect, useState, type ReactNode } from 'react';

let painted = false;
let scheduled = false;
const waiting = new Set<() => void>();

/** Runs `callback` once the next frame has been painted (a task queued from its animation frame). */
function afterNextPaint(callback: () => void) {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(callback, 0));
  else setTimeout(callback, 0);
}

/**
 * False until the page has painted its first screen, then true for good. Parts that load code of their own (select dropdowns, the date picker) show a
 * look-alike until then and only then ask for their chunk: arriving earlier, that chunk would
 * be evaluated and rendered before the first screen is painted, and hold it up.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(painted);
  useEffect(() => {
    if (ready) return;
    const done = () => setReady(true);
    waiting.add(done);
    if (!scheduled) {
      scheduled = true;
      // Not when idle: on a busy machine that can be a second away, and the real inputs
      // should be there as soon as the screen is.
      afterNextPaint(() => {
        painted = true;
        waiting.forEach((callback) => callback());
        waiting.clear();
      });
    }
    return () => {
      waiting.delete(done);
    };
  }, [ready]);
  return ready;
}

/** `fallback` until the first screen has been painted (useAfterFirstPaint), then `children`. */
export function AfterFirstPaint({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  return useAfterFirstPaint() ? children : fallback;
}
