import { join } from 'node:path';
import { databaseUrl, dropDatabase, testDatabaseName } from '@pejling/server/testing';
import {
  freePort,
  NodeProcess,
  removeQueues,
  spawnNode,
  stopGracefully,
  waitForHttp,
} from './processes';

const DIST = join(__dirname, '../../dist/apps/api/apps/api/src');

export interface BuiltApp {
  url: string;
  databaseName: string;
  /** The API's process id. */
  pid: number;
  /** Everything the process printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/** Runs one of the built API's entry points (`start.js`, `main.js`, `cli.js`) as a child process. */
export function runBuilt(entry: string, args: string[], env: Record<string, string>): NodeProcess {
  return spawnNode(join(DIST, entry), args, env);
}

/**
 * Starts the production build the way `npm start` does (`start.js --demo`, the API with a
 * worker beside it): on a database that does not exist yet unless `databaseName` names
 * one, on a free port, with queues of its own in Redis. Resolves when the API answers
 * its health check.
 */
export async function startBuiltApp(
  options: { databaseName?: string; env?: Record<string, string> } = {},
): Promise<BuiltApp> {
  const port = await freePort();
  const databaseName = options.databaseName ?? testDatabaseName('e2e');
  const url = `http://127.0.0.1:${port}`;
  const queuePrefix = `pejling-e2e-${process.pid}-${port}`;
  const run = runBuilt('start.js', ['--demo'], {
    PORT: String(port),
    APP_URL: url,
    DATABASE_URL: databaseUrl(databaseName),
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'warn',
    ...options.env,
  });
  await waitUntilHealthy(url, run);
  return {
    url,
    databaseName,
    pid: run.child.pid as number,
    output: run.output,
    stop: async () => {
      await stopGracefully(run);
      await removeQueues(queuePrefix);
    },
  };
}

/** Resolves when a started API (`runBuilt`) at `url` answers its health check. */
export function waitUntilHealthy(url: string, run: NodeProcess): Promise<void> {
  return waitForHttp(run, `${url}/api/health`);
}

export { dropDatabase };
