/**
 * One load of one endpoint with autocannon, in a process of its own so that the load
 * generator does not share an event loop with the harness: `runLoad(spec)` spawns this
 * file with the spec as JSON, which warms up, runs the counted load and prints its figures
 * as JSON.
 */
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { Client } from 'pg';

/** What a load sends: each request picks its target when it is made. */
export type Scenario =
  /** GET one milestone, a random one of the range each time. */
  | { kind: 'get-one'; ids: { first: number; last: number } }
  /** GET the same path each time. */
  | { kind: 'get'; path: string }
  /** GET the dashboard of each strategy in turn. */
  | { kind: 'dashboard'; strategyIds: number[] }
  /**
   * PUT milestones of the range in turn, each with the version it has now: the versions
   * are read from the database first, then taken from each answer. A 409 counts as an error.
   */
  | { kind: 'put'; ids: { first: number; last: number }; databaseUrl: string };

export interface LoadSpec {
  url: string;
  cookie: string;
  scenario: Scenario;
  connections: number;
  warmupSeconds: number;
  seconds: number;
  /** Requests per second over all connections; none: as fast as the server answers. */
  overallRate?: number;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Socket errors, timeouts and answers other than 2xx. */
  errors: number;
  statusCodes: Record<string, number>;
}

export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [__filename, JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load exited with ${code}`)),
    );
  });
}

type Request = { method: string; path: string; headers: Record<string, string>; body?: string };

/** The request autocannon sends next, for a scenario. */
async function requestMaker(scenario: Scenario): Promise<{
  next: (request: Request) => Request;
  onResponse?: (status: number, body: string) => void;
}> {
  const random = (first: number, last: number) =>
    first + Math.floor(Math.random() * (last - first + 1));
  switch (scenario.kind) {
    case 'get-one':
      return {
        next: (r) => ({
          ...r,
          path: `/api/milestones/${random(scenario.ids.first, scenario.ids.last)}`,
        }),
      };
    case 'get':
      return { next: (r) => ({ ...r, path: scenario.path }) };
    case 'dashboard': {
      let n = 0;
      const ids = scenario.strategyIds;
      return {
        next: (r) => ({ ...r, path: `/api/dashboard?strategyId=${ids[n++ % ids.length]}` }),
      };
    }
    case 'put': {
      const records = await currentMilestones(scenario);
      let n = 0;
      return {
        next: (r) => {
          // Round the range: with far more records than connections, no two requests in
          // flight write the same one, so every request carries the version it will meet.
          const record = records[n++ % records.length];
          const body = { ...record, description: `Opdateret af benchmark ${n}` };
          return {
            ...r,
            method: 'PUT',
            path: `/api/milestones/${record.id}`,
            headers: { ...r.headers, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          };
        },
        onResponse: (status, body) => {
          if (status !== 200) return;
          const { id, version } = JSON.parse(body) as { id: number; version: number };
          const record = records.find((r) => r.id === id);
          if (record) record.version = version;
        },
      };
    }
  }
}

/** The fields a PUT sends back, as they are stored now. */
async function currentMilestones(scenario: Extract<Scenario, { kind: 'put' }>) {
  const db = new Client({ connectionString: scenario.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT id, version, initiative_id AS "initiativeId", title, description,
              to_char(due_date, 'YYYY-MM-DD') AS "dueDate",
              responsible_person_id AS "responsiblePersonId", status,
              to_char(completed_on, 'YYYY-MM-DD') AS "completedOn"
         FROM milestones WHERE id BETWEEN $1 AND $2 ORDER BY id`,
      [scenario.ids.first, scenario.ids.last],
    );
    return rows as { id: number; version: number }[];
  } finally {
    await db.end();
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One autocannon run; the response times of every answer are kept for the percentiles. */
async function cannon(
  spec: LoadSpec,
  seconds: number,
  maker: Awaited<ReturnType<typeof requestMaker>>,
) {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: seconds,
        overallRate: spec.overallRate,
        headers: { cookie: spec.cookie },
        requests: [
          {
            setupRequest: (request) => maker.next(request as unknown as Request) as never,
            onResponse: (status, body) => maker.onResponse?.(status, body),
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  return { result, times };
}

async function main() {
  const spec = JSON.parse(process.argv[2]) as LoadSpec;
  let maker = await requestMaker(spec.scenario);
  if (spec.warmupSeconds > 0) {
    await cannon(spec, spec.warmupSeconds, maker);
    // Requests still in flight when the warm-up stopped land without their answers being
    // read: wait for them, then start again from what is stored (PUT's versions).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    maker = await requestMaker(spec.scenario);
  }
  const { result, times } = await cannon(spec, spec.seconds, maker);
  times.sort((a, b) => a - b);
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat?.count ?? 0]),
  );
  const output: LoadResult = {
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || spec.seconds),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts + result.non2xx,
    statusCodes,
  };
  process.stdout.write(JSON.stringify(output));
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
