import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  NodeProcess,
  freePort,
  spawnNode,
  stopGracefully,
  waitForHttp,
  waitForOutput,
} from '../support/processes';
import { API_DIST, REDIS_URL, WORKER_MAIN } from './environment';

/** A process this harness started, with the end of what it printed. */
export interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * The environment the built API and worker share in the benchmark: production mode. Without
 * `smtpUrl` (no worker sends), no mail server; with `webDist`, the web app built there.
 */
export function productEnv(options: {
  databaseUrl: string;
  port: number;
  queuePrefix: string;
  smtpUrl?: string;
  today: string;
  webDist?: string;
}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    PORT: String(options.port),
    APP_URL: `http://127.0.0.1:${options.port}`,
    DATABASE_URL: options.databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: options.queuePrefix,
    ...(options.smtpUrl && { SMTP_URL: options.smtpUrl }),
    PEJLING_TODAY: options.today,
    ...(options.webDist && { WEB_DIST: options.webDist }),
  };
}

/**
 * Runs `node <entry>` with exactly `env`, keeping the tail of what it prints (in
 * production the API logs every request).
 */
const run = (entry: string, env: Record<string, string>) =>
  spawnNode(entry, [], env, { tail: 20_000 });

const asStarted = (node: NodeProcess, url: string): Started => ({
  child: node.child,
  url,
  output: node.output,
  stop: async () => {
    await stopGracefully(node);
  },
});

/** The built API alone (`main.js`, as `npm run start:api`), on an already migrated database. */
export async function startApi(env: Record<string, string>): Promise<Started> {
  const api = run(`${API_DIST}/main.js`, env);
  const url = env['APP_URL'];
  await waitForHttp(api, `${url}/api/health`, 60_000);
  return asStarted(api, url);
}

/** The built worker (`npm run start:worker`); resolves once it takes jobs. */
export async function startWorker(env: Record<string, string>): Promise<Started> {
  const worker = run(WORKER_MAIN, { ...env, LOG_LEVEL: 'log' });
  await waitForOutput(worker, 'worker started', 60_000);
  return asStarted(worker, '');
}

/**
 * A minimal `node:http` + `pg` server (baseline-server.ts) on its own port, issuing the
 * API's own SQL (`same`) or the plainest for the same answers (`plain`).
 */
export async function startBaseline(
  kind: 'same' | 'plain',
  env: Record<string, string>,
): Promise<Started> {
  const port = await freePort();
  const baseline = run(`${__dirname}/baseline-server.js`, {
    ...env,
    BASELINE: kind,
    PORT: String(port),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(baseline, `${url}/health`, 60_000);
  return asStarted(baseline, url);
}

/** A process's resident memory in MB, now (`VmRSS`) and at its peak so far (`VmHWM`). */
export function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}
