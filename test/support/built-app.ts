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

/** A TCP port of the loopback interface that nothing listens on right now. */
export async function freePort(): Promise<number> {
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
export async function removeQueues(prefix: string): Promise<void> {
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
  await waitUntilHealthy(url, run);
  return {
    url,
    databaseName,
    output: run.output,
    stop: async () => {
      await stopGracefully(run);
      await removeQueues(queuePrefix);
    },
  };
}

/**
 * Resolves when a started API (`runBuilt`) answers its health check at `url`; throws with
 * what it printed if it exits first or is not healthy within 30 s (and then kills it).
 */
export async function waitUntilHealthy(
  url: string,
  run: ReturnType<typeof runBuilt>,
): Promise<void> {
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
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** SIGTERM, and SIGKILL after `graceMs`: a graceful stop that hangs must not hang the test run. */
export async function stopGracefully(
  run: Pick<ReturnType<typeof runBuilt>, 'child' | 'exited'>,
  graceMs = 10_000,
): Promise<number | null> {
  run.child.kill('SIGTERM');
  const killer = setTimeout(() => run.child.kill('SIGKILL'), graceMs);
  try {
    return await run.exited;
  } finally {
    clearTimeout(killer);
  }
}

export { dropDatabase };
