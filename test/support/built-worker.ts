import { databaseUrl, testDatabaseName } from '@pejling/server/testing';
import { BuiltApp, runBuilt, waitUntilHealthy } from './built-app';
import { freePort, removeQueues, stopGracefully, waitForOutput } from './processes';

/**
 * The built worker (`npm run start:worker`), seen from the API's build folder that
 * `runBuilt` starts in: the same path as `DEFAULT_WORKER_MAIN` in apps/api/src/worker-process.ts.
 */
const WORKER_ENTRY = '../../../../worker/apps/worker/src/main.js';

/** The date `start.js --demo` fixes the clock to, and passes on to its worker. */
export const DEMO_TODAY = '2017-06-15';

/** The built API without a worker beside it, and what a worker of its own needs. */
export interface BuiltApi extends BuiltApp {
  queuePrefix: string;
  /** The API's database, queues, mail server and demo date, for `startBuiltWorker`. */
  workerEnv: Record<string, string>;
}

/** A worker as a process of its own, to stop gracefully (SIGTERM) or kill (SIGKILL). */
export type BuiltWorker = ReturnType<typeof runBuilt>;

/**
 * Starts the production build's `start.js --demo --no-worker`: the database created,
 * migrated and loaded with the demo like `npm start`, but no worker, so that a test runs
 * its own with `startBuiltWorker`. Resolves when the API answers its health check.
 * `stop` stops the API and removes the queues; stop the workers first. Several APIs may
 * share one database and one queue prefix (`databaseName`, `queuePrefix`).
 */
export async function startBuiltApi(
  options: { env?: Record<string, string>; databaseName?: string; queuePrefix?: string } = {},
): Promise<BuiltApi> {
  const port = await freePort();
  const databaseName = options.databaseName ?? testDatabaseName('e2e');
  const url = `http://127.0.0.1:${port}`;
  const queuePrefix = options.queuePrefix ?? `pejling-e2e-${process.pid}-${port}`;
  const env = {
    APP_URL: url,
    DATABASE_URL: databaseUrl(databaseName),
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  const run = runBuilt('start.js', ['--demo', '--no-worker'], { PORT: String(port), ...env });
  await waitUntilHealthy(url, run);
  return {
    url,
    databaseName,
    pid: run.child.pid as number,
    queuePrefix,
    workerEnv: { ...env, PEJLING_TODAY: DEMO_TODAY, PEJLING_DEMO: 'true' },
    output: run.output,
    stop: async () => {
      await stopGracefully(run);
      await removeQueues(queuePrefix);
    },
  };
}

/**
 * Starts the built worker alone with `env` (see `BuiltApi.workerEnv`); resolves once it
 * says it has started, that is when it takes jobs. It logs at `log` level, so that its
 * output tells what each job did when a test fails.
 */
export async function startBuiltWorker(env: Record<string, string>): Promise<BuiltWorker> {
  const worker = runBuilt(WORKER_ENTRY, [], { ...env, LOG_LEVEL: 'log' });
  await waitForOutput(worker, 'worker started');
  return worker;
}
