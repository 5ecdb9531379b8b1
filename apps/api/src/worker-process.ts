import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import type { WorkerState } from '@pejling/server';

/** Where the worker's production build lands, seen from this file in dist. */
export const DEFAULT_WORKER_MAIN = resolve(__dirname, '../../../../worker/apps/worker/src/main.js');

/** How long a stopping worker may take to finish its jobs before it is killed. */
const STOP_TIMEOUT_MS = 30_000;

/**
 * The wait before restarting a worker that died: 1 s after the first death, doubling with
 * each death that follows soon after (a worker that cannot start does not spin), at most a
 * minute. A worker that ran for a minute counts as well again: its death starts over at 1 s.
 */
export function restartDelay(deathsInARow: number): number {
  return Math.min(1000 * 2 ** (deathsInARow - 1), 60_000);
}
const WELL_AFTER_MS = 60_000;

export interface SupervisedWorker {
  /** Whether a worker is running and has said it is ready (reminders are sent). */
  state: () => WorkerState;
  /** Resolves when the first worker has said it is ready. */
  ready: Promise<void>;
}

/**
 * Runs the built worker beside this process (`npm start`), with the same environment, and
 * keeps it running:
 *
 * - a worker that exits on its own (a crash, `kill -9`) is started again after
 *   `restartDelay`, and each restart is logged; the API goes on serving meanwhile;
 * - SIGTERM or SIGINT here is passed on, and this process stays until the worker has
 *   finished the jobs it is running (or 30 s have passed); nothing is restarted then;
 * - the worker watches its IPC channel, so it stops too if this process dies, and says
 *   on it when it is ready.
 */
export function superviseWorker(
  env: NodeJS.ProcessEnv,
  main = DEFAULT_WORKER_MAIN,
): SupervisedWorker {
  if (!existsSync(main)) {
    throw new Error(`no built worker at ${main}: run "npx nx build worker" first`);
  }
  const logger = new Logger('Pejling');
  let child: ChildProcess | undefined;
  let state: WorkerState = 'starting';
  let stopping = false;
  let deathsInARow = 0;
  let restart: NodeJS.Timeout | undefined;
  let firstReady: () => void;
  const ready = new Promise<void>((resolve) => (firstReady = resolve));

  const start = () => {
    const startedAt = Date.now();
    state = 'starting';
    const worker = spawn(process.execPath, [main], {
      env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child = worker;
    worker.on('message', (message) => {
      if (message !== 'ready') return;
      state = 'up';
      firstReady();
    });
    worker.once('exit', (code, signal) => {
      child = undefined;
      state = 'down';
      if (stopping) return stopForwarding();
      deathsInARow = Date.now() - startedAt >= WELL_AFTER_MS ? 1 : deathsInARow + 1;
      const delay = restartDelay(deathsInARow);
      logger.error(
        `the worker exited (${signal ?? `code ${code}`}); reminders are down, ` +
          `restarting it in ${delay / 1000} s`,
      );
      restart = setTimeout(() => {
        logger.log('restarting the worker');
        start();
      }, delay);
    });
  };

  // While a listener is registered, the signal does not end this process: it ends when
  // the API has closed and the worker has exited.
  const signals = ['SIGTERM', 'SIGINT'] as const;
  function stop(signal: NodeJS.Signals) {
    stopping = true;
    clearTimeout(restart);
    if (!child) return stopForwarding();
    child.kill(signal);
    setTimeout(() => child?.kill('SIGKILL'), STOP_TIMEOUT_MS).unref();
  }
  function stopForwarding() {
    for (const signal of signals) process.off(signal, stop);
  }
  for (const signal of signals) process.on(signal, stop);

  start();
  return { state: () => state, ready };
}
