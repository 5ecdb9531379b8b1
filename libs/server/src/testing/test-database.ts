import { Client } from 'pg';

/**
 * Test databases: the global setup migrates one template per run; each test file copies
 * it (CREATE DATABASE … TEMPLATE is a file copy, far faster than migrating again).
 */
const SERVER_URL = process.env['TEST_DATABASE_SERVER'] ?? 'postgres://postgres@127.0.0.1:5432';

/**
 * Every database of one `jest` run starts with `pejling_test_<run>_`, the run being the
 * process id of Jest's main process (set by the global setup, inherited by the workers),
 * so that two runs on one machine never touch each other's databases.
 */
const PREFIX = 'pejling_test_';
export const RUN_VARIABLE = 'PEJLING_TEST_RUN';

function runPrefix(): string {
  const run = process.env[RUN_VARIABLE];
  if (!run)
    throw new Error(
      `${RUN_VARIABLE} is not set: run the tests through jest (its global setup sets it)`,
    );
  return `${PREFIX}${run}_`;
}

export function templateDatabase(): string {
  return `${runPrefix()}template`;
}

/** A database name of this run, unique within it. */
export function testDatabaseName(kind: string): string {
  const worker = process.env['JEST_WORKER_ID'] ?? '0';
  return `${runPrefix()}${kind}_${worker}_${process.pid}_${Date.now().toString(36)}`;
}

export function databaseUrl(name: string): string {
  return `${SERVER_URL}/${name}`;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function dropDatabase(name: string): Promise<void> {
  return admin(async (c) => {
    // A pool that has just ended may still be closing its connections; forced off, they
    // would report "terminating connection" as an error. Give them a moment first.
    for (let tries = 0; tries < 50; tries++) {
      const { rows } = await c.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
        [name],
      );
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

/**
 * How a prepared database stands, to see that it was prepared once: the migrations it
 * records (all of them, and how many distinct), its strategies, initiatives and rounds.
 */
export async function preparedState(name: string) {
  const client = new Client({ connectionString: databaseUrl(name) });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, number>>(`
      SELECT (SELECT count(*)::int FROM migrations) AS ran,
             (SELECT count(DISTINCT name)::int FROM migrations) AS "distinct",
             (SELECT count(*)::int FROM strategies) AS strategies,
             (SELECT count(*)::int FROM initiatives) AS initiatives,
             (SELECT count(*)::int FROM reporting_rounds) AS rounds`);
    return rows[0];
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, copied from the migrated template. */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const name = testDatabaseName('file');
  await admin(async (c) => {
    await c.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabase()}"`);
    // A test database need not survive a crash: commits need not wait for the disk.
    await c.query(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
  });
  return { name, url: databaseUrl(name) };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Drops this run's databases and those of runs whose process is gone (killed half-way);
 * a run still going on elsewhere on the machine keeps its own.
 */
export function dropTestDatabases(): Promise<void> {
  const own = runPrefix();
  return admin(async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
      [PREFIX],
    );
    for (const { datname } of rows) {
      const run = Number(/^pejling_test_(\d+)_/.exec(datname)?.[1]);
      if (datname.startsWith(own) || !(run > 0 && isRunning(run))) {
        await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    }
  });
}
