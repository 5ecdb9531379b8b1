import { storage, Store } from 'nestjs-pino/storage';
import type { Logger } from 'pino';

/**
 * The id of the request being served, if any: nestjs-pino keeps the request's logger,
 * bound to its `requestId`, in the async context of everything that serves it.
 */
export function currentRequestId(): string | undefined {
  const id: unknown = storage.getStore()?.logger.bindings()['requestId'];
  return typeof id === 'string' ? id : undefined;
}

/**
 * Runs `work` so that what it logs carries `requestId` (a worker's job, queued while
 * serving that request), as the request's own lines do in the API.
 */
export function withRequestId<T>(root: Logger, requestId: unknown, work: () => T): T {
  if (typeof requestId !== 'string') return work();
  return storage.run(new Store(root.child({ requestId })), work);
}
