import { useState } from 'react';

/**
 * True from the first render where `needed` is true, and ever after. A dialog kept in its
 * own chunk is first rendered (and so first loaded) when it is first needed, then stays
 * mounted so it can animate closed and open again without waiting.
 */
export function useNeededOnce(needed: boolean): boolean {
  const [once, setOnce] = useState(needed);
  if (needed && !once) setOnce(true);
  return once || needed;
}
