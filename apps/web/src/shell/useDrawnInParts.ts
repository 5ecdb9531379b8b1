import { startTransition, useEffect, useState } from 'react';

/**
 * How many of a page's `total` parts to draw: the first at once, then one more after each
 * draw, each in a task and a transition of its own. A long page is then put on the screen
 * in parts, its top first, and a phone's main thread is never blocked for long by one
 * part's work (Lighthouse counts every task over 50 ms against a page).
 */
export const useDrawnInParts = (total: number): number => {
  const [drawn, setDrawn] = useState(1);
  useEffect(() => {
    if (drawn >= total) return;
    const next = setTimeout(() => startTransition(() => setDrawn((count) => count + 1)));
    return () => clearTimeout(next);
  }, [drawn, total]);
  return drawn;
};
