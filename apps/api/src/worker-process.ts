import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the worker's production build lands, seen from this file in dist. */
export const DEFAULT_WORKER_MAIN = resolve(__dirname, '../../../../worker/apps/worker/src/main.js');

/** How long a stopping worker may take to finish its jobs before it is killed. */
const STOP_TIMEOUT_MS = 30_000;

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves when the worker has exited. */
  exited: Promise<number | null>;
}

/**
 * Runs the built worker beside this process (`npm start`), with the same environment, and
 * ties their lives together:
 *
 * - SIGTERM or SIGINT here is passed on, and this process stays until the worker has
 *   finished the jobs it is running (or 30 s have passed);
 * - the worker watches its IPC channel, so it stops too if this process dies;
 * - a worker that exits on its own calls `onUnexpectedExit`.
 */
export function startWorkerProcess(
  env: NodeJS.ProcessEnv,
  onUnexpectedExit: (code: number | null) => void,
  main = DEFAULT_WORKER_MAIN,
): WorkerProcess {
  if (!existsSync(main)) {
    throw new Error(`no built worker at ${main}: run "npx nx build worker" first`);
  }
  const child = spawn(process.execPath, [main], {
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let stopping = false;
  const signals = ['SIGTERM', 'SIGINT'] as const;
  // While a listener is registered, the signal does not end this process: it ends when
  // the API has closed and the worker has exited.
  const forward = (signal: NodeJS.Signals) => {
    stopping = true;
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS).unref();
  };
  for (const signal of signals) process.on(signal, forward);
  const exited = new Promise<number | null>((done) => {
    child.once('exit', (code) => {
      for (const signal of signals) process.off(signal, forward);
      if (!stopping) onUnexpectedExit(code);
      done(code);
    });
  });
  return { child, exited };
}
