// Jest loads the global setup without its module mapper, so the aliases do not resolve here.
/* eslint-disable @nx/enforce-module-boundaries */
import { createDataSource } from '../../libs/server/src/app/data-source';
import { ensureDatabase } from '../../libs/server/src/core/database/ensure-database';
import {
  RUN_VARIABLE,
  databaseUrl,
  dropTestDatabases,
  templateDatabase,
} from '../../libs/server/src/testing/test-database';

/** Once per `jest` run: Node in UTC, a run id, a freshly migrated template database. */
export default async function globalSetup(): Promise<void> {
  process.env['TZ'] = 'UTC';
  // The workers start after this and inherit it: every database of this run carries it.
  process.env[RUN_VARIABLE] = String(process.pid);
  await dropTestDatabases();
  const url = databaseUrl(templateDatabase());
  await ensureDatabase(url);
  const dataSource = await createDataSource(url).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}
