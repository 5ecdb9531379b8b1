import { Logger } from '@nestjs/common';
import { createDataSource } from './data-source';
import { ensureDatabase } from '../core/database/ensure-database';
import { isEmpty, seedDemo, seedPlan } from './seed/seeder';

export interface PrepareOptions {
  /** Load Klyngestrategi 2.0 when the database holds no plan yet. */
  seedIfEmpty?: boolean;
  /** With `seedIfEmpty`: load the demo people and milestones as well, the demo accounts
   * with this password. */
  demoPassword?: string;
  /** The fixed date, if any: what the seed records happened on that day. */
  today?: string;
}

/**
 * The advisory lock that makes one process at a time prepare a database: a number of
 * Pejling's own (Postgres' advisory locks are per database, by a number the app chooses).
 */
const PREPARE_LOCK = 73_185_902_017;

/**
 * Makes a database ready to serve: creates it if missing, runs pending migrations and,
 * if asked, loads the plan into an empty database. Safe to run at every start, and from
 * several processes at once (APIs started together, a Kubernetes Job beside them): each
 * waits for Postgres' advisory lock, so the migrations run once and the plan is loaded
 * once; the others then find nothing left to do.
 */
export async function prepareDatabase(
  databaseUrl: string,
  options: PrepareOptions = {},
): Promise<void> {
  const logger = new Logger('Database');
  if (await ensureDatabase(databaseUrl)) logger.log('created the database');
  const dataSource = await createDataSource(databaseUrl, options.today).initialize();
  // A session's lock, on a connection of its own: it lasts until that connection closes
  // (below, or when the process dies).
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK]);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    if (ran.length)
      logger.log(`ran ${ran.length} migration(s): ${ran.map((m) => m.name).join(', ')}`);
    if (options.seedIfEmpty && (await isEmpty(dataSource))) {
      await seedPlan(dataSource);
      logger.log('loaded Klyngestrategi 2.0');
      if (options.demoPassword) {
        await seedDemo(dataSource, { demoPassword: options.demoPassword });
        logger.log('loaded the demo people and milestones');
      }
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}
