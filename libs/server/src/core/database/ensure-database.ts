import { Client } from 'pg';

/** The name of the database a `postgres://` URL points at. */
export function databaseNameOf(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
}

/**
 * Creates the database named in `databaseUrl` when it does not exist yet, by connecting
 * to the server's `postgres` maintenance database. Answers whether it created it.
 */
export async function ensureDatabase(databaseUrl: string, template?: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const name = databaseNameOf(databaseUrl);
  if (!/^[A-Za-z0-9_-]+$/.test(name)) {
    throw new Error(`DATABASE_URL names a database "${name}" that Pejling will not create`);
  }
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    const from = template ? ` TEMPLATE "${template}"` : '';
    await admin.query(`CREATE DATABASE "${name}"${from}`);
    return true;
  } catch (error) {
    // Two processes starting at once: the other one created it first (42P04), or is
    // creating it in the same moment (23505, on the catalogue's unique name).
    const { code } = error as { code?: string };
    if (code === '42P04' || code === '23505') return false;
    throw error;
  } finally {
    await admin.end();
  }
}
