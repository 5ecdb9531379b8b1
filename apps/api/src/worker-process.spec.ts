import { restartDelay } from './worker-process';

describe('restartDelay', () => {
  it('waits a second after a first death, doubling with each death in a row, at most a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(restartDelay)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });
});
