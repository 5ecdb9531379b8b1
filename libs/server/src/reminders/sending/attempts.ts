import type { AppConfig } from '../../core/config/config';

/** Where an attempt to send stands among the worker's `SEND_ATTEMPTS`. */
export interface AttemptPlan {
  /** 1 for the first attempt. */
  attempt: number;
  /** No retry follows a failure of this one. */
  last: boolean;
  /** How long to wait before the next attempt if this one fails: `SEND_BACKOFF_MS`, doubling. */
  retryInMs: number;
}

/**
 * The plan of a job's next attempt, by the settings of the worker that runs it: after
 * `attemptsMade` failed attempts, attempt `attemptsMade + 1` of `SEND_ATTEMPTS`, then a
 * wait of `SEND_BACKOFF_MS` × 2^(attempt − 1).
 */
export function attemptPlan(
  attemptsMade: number,
  config: Pick<AppConfig, 'sendAttempts' | 'sendBackoffMs'>,
): AttemptPlan {
  const attempt = attemptsMade + 1;
  return {
    attempt,
    last: attempt >= config.sendAttempts,
    retryInMs: config.sendBackoffMs * 2 ** (attempt - 1),
  };
}
