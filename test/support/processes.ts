import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import Redis from 'ioredis';

/*
 * Child processes of the built apps, for the end-to-end tests (built-app.ts) and the
 * benchmark (test/bench, compiled by plain tsc: so nothing here goes through a path alias).
 */

/** A node process started by `spawnNode`, with what it printed. */
export interface NodeProcess {
  child: ChildProcess;
  /** Everything it printed so far, or the last `tail` characters of it. */
  output: () => string;
  /** Resolves with its exit code once it has exited. */
  exited: Promise<number | null>;
}

/** A TCP port of the loopback interface that nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/**
 * Runs `node <entry> <args>` with exactly `env` (plus PATH and TZ=UTC), keeping what it
 * prints: all of it, or with `tail` only the end (a production API logs every request).
 */
export function spawnNode(
  entry: string,
  args: string[],
  env: Record<string, string>,
  options: { tail?: number } = {},
): NodeProcess {
  const child = spawn(process.execPath, [entry, ...args], {
    env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk;
    if (options.tail !== undefined) output = output.slice(-options.tail);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, output: () => output, exited };
}

/** The ids of the processes that `pid` started and that still run (Linux: from /proc). */
export async function childrenOf(pid: number): Promise<number[]> {
  const entries = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry));
  const children: number[] = [];
  for (const entry of entries) {
    // `pid (name) state ppid …`: the name may hold spaces, so read after its ')'.
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(parent) === pid && state !== 'Z') children.push(Number(entry));
  }
  return children;
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/**
 * Polls until `ready` says yes; throws with what the process printed if it exits first or
 * `timeoutMs` pass (and then kills it, so that nothing is left running).
 */
async function waitFor(
  run: NodeProcess,
  what: string,
  ready: () => Promise<boolean> | boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (hasExited(run.child)) throw new Error(`exited before ${what}:\n${run.output()}`);
    if (Date.now() > deadline) {
      run.child.kill('SIGKILL');
      throw new Error(`not ${what} within ${timeoutMs / 1000} s:\n${run.output()}`);
    }
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Resolves when `url` answers 2xx (a started server's health check). */
export function waitForHttp(run: NodeProcess, url: string, timeoutMs = 30_000): Promise<void> {
  const answers = () =>
    fetch(url).then(
      (response) => response.ok,
      () => false,
    );
  return waitFor(run, `answering ${url}`, answers, timeoutMs);
}

/** Resolves when the process has printed `text` (a worker's "worker started"). */
export function waitForOutput(run: NodeProcess, text: string, timeoutMs = 30_000): Promise<void> {
  return waitFor(run, `printing "${text}"`, () => run.output().includes(text), timeoutMs);
}

/** SIGTERM, and SIGKILL after `graceMs`: a graceful stop that hangs must not hang the run. */
export async function stopGracefully(
  run: Pick<NodeProcess, 'child' | 'exited'>,
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

/** Removes every key under a BullMQ prefix: a started app's queues and schedules. */
export async function removeQueues(
  prefix: string,
  redisUrl = 'redis://127.0.0.1:6379',
): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true });
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
