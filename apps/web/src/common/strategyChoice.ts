import { readRaStore, writeRaStore } from './raStore';

/** Where the choice is kept: react-admin's store, which empties it when someone signs out. */
const KEY = 'pejling.strategyId';

const listeners = new Set<() => void>();

/**
 * The strategy the whole-plan views (the dashboard, the timeline, the regions) show, chosen
 * once for all of them; undefined until chosen: the server's current one. Read without
 * React, so that the entry can ask for the dashboard before the page's code is there.
 */
export const chosenStrategy = (): number | undefined => {
  const stored = readRaStore(KEY);
  return typeof stored === 'number' ? stored : undefined;
};

/** Chooses a strategy (undefined: back to the server's current one) for every view shown. */
export const chooseStrategy = (strategyId: number | undefined): void => {
  writeRaStore(KEY, strategyId);
  for (const listener of listeners) listener();
};

/** Calls `listener` when the choice changes, here or in another of the browser's tabs. */
export const onStrategyChosen = (listener: () => void): (() => void) => {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
};
