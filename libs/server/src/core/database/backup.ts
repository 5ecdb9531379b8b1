import { spawn } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Client } from 'pg';
import { databaseNameOf, ensureDatabase } from './ensure-database';

/**
 * Backup and restore with Postgres' own tools (`npm run db:backup`, `npm run db:restore`):
 * `pg_dump`'s custom format holds everything Pejling keeps, attachments included (their
 * bytes are rows of `attachment_chunks`); Redis holds nothing a backup needs.
 */

/** A refusal the person can act on: the command prints its message and exits with 1. */
export class BackupError extends Error {}

/**
 * How to reach the database without its password on the command line, where any user of
 * the machine could read it in the process list: the password goes in PGPASSWORD.
 */
function connection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return {
    dbname: url.toString(),
    env: password ? { ...process.env, PGPASSWORD: password } : process.env,
  };
}

/** Runs one of Postgres' tools; rejects with what it printed when it fails. */
function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new BackupError(
              `${tool} was not found: install Postgres' client tools, of the server's version or newer (Debian: apt-get install postgresql-client)`,
            )
          : error,
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${tool} failed: ${errors.trim()}`)),
    );
  });
}

/** Writes the whole database to `file` (pg_dump's custom format); answers its size in bytes. */
export async function backupDatabase(databaseUrl: string, file: string): Promise<number> {
  await mkdir(dirname(file), { recursive: true });
  const { dbname, env } = connection(databaseUrl);
  await run(
    'pg_dump',
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${dbname}`],
    env,
  );
  return (await stat(file)).size;
}

/** How many tables the database holds in its `public` schema. */
async function tableCount(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup into the database of `databaseUrl`, created if it does not exist, in
 * one transaction: all of it or, if anything fails, nothing. A database that holds tables
 * is left alone unless `replace` says to replace what it holds (stop the API and the
 * workers first).
 */
export async function restoreDatabase(
  databaseUrl: string,
  file: string,
  options: { replace: boolean },
): Promise<void> {
  await stat(file).catch(() => {
    throw new BackupError(`no backup at ${file}`);
  });
  await ensureDatabase(databaseUrl);
  const tables = await tableCount(databaseUrl);
  if (tables > 0 && !options.replace) {
    throw new BackupError(
      `the database "${databaseNameOf(databaseUrl)}" is not empty (${tables} tables): restore into a new database, or pass --replace to replace what it holds`,
    );
  }
  const { dbname, env } = connection(databaseUrl);
  await run(
    'pg_restore',
    [
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      ...(tables > 0 ? ['--clean', '--if-exists'] : []),
      `--dbname=${dbname}`,
      file,
    ],
    env,
  );
}
