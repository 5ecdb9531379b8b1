import { ServiceUnavailableException } from '@nestjs/common';
import { SEND_ATTEMPTS_LIMIT } from '@pejling/contracts';
import type { JobsOptions, Queue } from 'bullmq';
import { currentRequestId } from '../logging/request-context';

/** How long adding jobs may take before the caller is told the queue is unavailable. */
const ENQUEUE_TIMEOUT_MS = 5_000;

/**
 * The backoff type of send jobs: the worker that ran the failed attempt says how long to
 * wait, from its own `SEND_BACKOFF_MS` (see `RetryLater`), not the process that added the job.
 */
export const WORKER_BACKOFF = 'worker';

/** A failed attempt to be tried again after `delayMs`, as the worker's settings say. */
export class RetryLater extends Error {
  constructor(
    message: string,
    readonly delayMs: number,
  ) {
    super(message);
  }
}

/**
 * BullMQ's custom backoff strategy for `WORKER_BACKOFF`: the delay the attempt's error
 * carries. An error without one (it should not happen: the processor wraps every error)
 * is tried again at once.
 */
export function workerBackoff(_attemptsMade: number, _type?: string, error?: Error): number {
  return error instanceof RetryLater ? error.delayMs : 0;
}

/**
 * The options of a send job (a digest, an invitation): as many attempts as the worker may
 * want (it stops after its `SEND_ATTEMPTS`), the worker's backoff, and finished jobs kept
 * a while for inspection.
 */
export function sendJobOptions(jobId: string): JobsOptions {
  return {
    jobId,
    attempts: SEND_ATTEMPTS_LIMIT,
    backoff: { type: WORKER_BACKOFF },
    removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  };
}

/**
 * What Redis answers to a request made to queue `what`, or a 503 that says why: a Redis
 * that is away or does not answer in time is a clear "try again later", not a hung
 * request or a 500.
 */
export async function fromRedis<T>(
  request: Promise<T>,
  what: string,
  timeoutMs = ENQUEUE_TIMEOUT_MS,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([request, timeout]);
  } catch (error) {
    throw new ServiceUnavailableException(`could not queue ${what}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Adds jobs; a Redis that does not answer is a 503 (see `fromRedis`). Jobs added while
 * serving a request carry its id (`requestId`), which the worker's lines about them show.
 */
export async function addJobs(
  queue: Queue,
  jobs: { name: string; data: object; opts: JobsOptions }[],
  what: string,
): Promise<void> {
  const requestId = currentRequestId();
  const traced = requestId
    ? jobs.map((job) => ({ ...job, data: { ...job.data, requestId } }))
    : jobs;
  await fromRedis(queue.addBulk(traced), what);
}
