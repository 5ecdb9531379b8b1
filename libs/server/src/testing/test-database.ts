import { Client } from 'pg';

/**
 * Test databases: the global setup migrates one template per run; each test file copies
 * it (CREATE DATABASE … TEMPLATE is a file copy, far faster than migrating again).
 */
const SERVER_URL = process.env['TEST_DATABASE_SERVER'] ?? 'postgres://postgres@127.0.0.1:5432';

export const TEMPLATE_DATABASE = 'pejling_test_template';

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

/** A fresh database for one test file, copied from the migrated template. */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const worker = process.env['JEST_WORKER_ID'] ?? '0';
  const name = `pejling_test_${worker}_${process.pid}_${Date.now().toString(36)}`;
  await admin(async (c) => {
    await c.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
    // A test database need not survive a crash: commits need not wait for the disk.
    await c.query(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
  });
  return { name, url: databaseUrl(name) };
}

/** Drops what earlier runs left behind (a run killed half-way). */
export function dropLeftoverTestDatabases(): Promise<void> {
  return admin(async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'pejling\\_test\\_%'`,
    );
    for (const { datname } of rows)
      await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
