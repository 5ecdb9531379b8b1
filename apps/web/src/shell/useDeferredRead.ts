import { useDeferredValue, useMemo } from 'react';

/** What a page has read from the server so far: react-query's answer, in short. */
export interface Read<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
}

/** What a page shows before its first draw: as while it is read. */
const WAITING: Read<never> = { data: undefined, error: null, isPending: true };

/**
 * `read` to draw from, deferred: a page drawn from it is drawn in the background, which
 * React breaks into short tasks, from the first draw on (`WAITING` until then). Drawn at
 * once, a long page blocked a phone's main thread for most of a second in one task
 * (docs/architecture.md, "Speed on a phone").
 */
export const useDeferredRead = <T>({ data, error, isPending }: Read<T>): Read<T> => {
  const read = useMemo(() => ({ data, error, isPending }), [data, error, isPending]);
  return useDeferredValue<Read<T>>(read, WAITING);
};
