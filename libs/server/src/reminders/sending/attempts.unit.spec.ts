import { attemptPlan } from './attempts';

describe('the attempts to send an e-mail', () => {
  const config = { sendAttempts: 3, sendBackoffMs: 1_000 };

  it('retries after SEND_BACKOFF_MS, doubling, until SEND_ATTEMPTS are used', () => {
    expect([0, 1, 2].map((made) => attemptPlan(made, config))).toEqual([
      { attempt: 1, last: false, retryInMs: 1_000 },
      { attempt: 2, last: false, retryInMs: 2_000 },
      { attempt: 3, last: true, retryInMs: 4_000 },
    ]);
  });

  it('makes the first attempt the last with SEND_ATTEMPTS=1, and any beyond it', () => {
    expect(attemptPlan(0, { ...config, sendAttempts: 1 }).last).toBe(true);
    expect(attemptPlan(7, config).last).toBe(true);
  });
});
