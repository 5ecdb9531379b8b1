import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { databaseUrl, dropDatabase, testDatabaseName } from '@pejling/server/testing';
import Redis from 'ioredis';

const DIST = join(__dirname, '../../dist/apps/api/apps/api/src');

export interface BuiltApp {
  url: string;
  databaseName: string;
  /** Everything the process printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

function waitForExit(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : once(child, 'exit').then(([code]) => code);
}

/** Runs one of the built API's entry points (`start.js`, `main.js`, `cli.js`) as a child process. */
export function runBuilt(entry: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [join(DIST, entry), ...args], {
    env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, output: () => output, exited: waitForExit(child) };
}

/** Removes every key under a BullMQ prefix: a started app's queues and schedules. */
async function removeQueues(prefix: string): Promise<void> {
  const redis = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true });
  try {
    await redis.connect();
    const keys: string[] = [];
    for await (const batch of redis.scanStream({ match: `${prefix}:*`, count: 1000 })) {
      keys.push(...(batch as string[]));
    }
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
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
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (run.child.exitCode !== null) throw new Error(`the app exited early:\n${run.output()}`);
    if (Date.now() > deadline) {
      run.child.kill('SIGKILL');
      throw new Error(`the app did not become healthy in 30 s:\n${run.output()}`);
    }
    const healthy = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    databaseName,
    output: run.output,
    stop: async () => {
      run.child.kill('SIGTERM');
      // A graceful stop that hangs must not hang the test run.
      const killer = setTimeout(() => run.child.kill('SIGKILL'), 10_000);
      await run.exited;
      clearTimeout(killer);
      await removeQueues(queuePrefix);
    },
  };
}

export { dropDatabase };
