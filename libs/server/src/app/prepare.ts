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
 * Makes a database ready to serve: creates it if missing, runs pending migrations and,
 * if asked, loads the plan into an empty database. Safe to run at every start.
 */
export async function prepareDatabase(
  databaseUrl: string,
  options: PrepareOptions = {},
): Promise<void> {
  const logger = new Logger('Database');
  if (await ensureDatabase(databaseUrl)) logger.log('created the database');
  const dataSource = await createDataSource(databaseUrl, options.today).initialize();
  try {
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
    await dataSource.destroy();
  }
}
