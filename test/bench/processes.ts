import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import Redis from 'ioredis';
import { API_DIST, REDIS_URL, WORKER_MAIN } from './environment';

/** A process this harness started, with everything it printed. */
export interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Spawns `node <entry>` with exactly `env` (plus PATH and TZ=UTC), keeping what it prints. */
export function spawnNode(entry: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [entry], {
    env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The tail only: in production the API logs every request.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}

/** SIGTERM, then SIGKILL after 10 s; resolves when the process has exited. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}

/** Polls `url` until it answers 2xx; throws with the process's output if it dies or 60 s pass. */
async function waitForHttp(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`${url}: no answer in 60 s:\n${output()}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Waits until the process prints `text`. */
async function waitForOutput(text: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (!output().includes(text)) {
    if (child.exitCode !== null) throw new Error(`the process exited:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`"${text}" not printed in 60 s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The environment the built API and worker share in the benchmark: production mode. */
export function productEnv(options: {
  databaseUrl: string;
  port: number;
  queuePrefix: string;
  smtpUrl: string;
  today: string;
}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    PORT: String(options.port),
    APP_URL: `http://127.0.0.1:${options.port}`,
    DATABASE_URL: options.databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: options.queuePrefix,
    SMTP_URL: options.smtpUrl,
    PEJLING_TODAY: options.today,
  };
}

/** The built API alone (`main.js`, as `npm run start:api`), on an already migrated database. */
export async function startApi(env: Record<string, string>): Promise<Started> {
  const { child, output } = spawnNode(`${API_DIST}/main.js`, env);
  const url = env['APP_URL'];
  await waitForHttp(`${url}/api/health`, child, output);
  return { child, url, output, stop: () => stop(child) };
}

/** The built worker (`npm run start:worker`); resolves once it takes jobs. */
export async function startWorker(env: Record<string, string>): Promise<Started> {
  const { child, output } = spawnNode(WORKER_MAIN, { ...env, LOG_LEVEL: 'log' });
  await waitForOutput('worker started', child, output);
  return { child, url: '', output, stop: () => stop(child) };
}

/** The minimal `node:http` + `pg` server (baseline-server.ts) on its own port. */
export async function startBaseline(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const { child, output } = spawnNode(`${__dirname}/baseline-server.js`, {
    ...env,
    PORT: String(port),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/health`, child, output);
  return { child, url, output, stop: () => stop(child) };
}

/** Removes a run's BullMQ keys from Redis. */
export async function removeQueues(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true });
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

/** A process's resident memory in MB, now (`VmRSS`) and at its peak so far (`VmHWM`). */
export function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}
