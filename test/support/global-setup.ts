// Jest loads the global setup without its module mapper, so the aliases do not resolve here.
/* eslint-disable @nx/enforce-module-boundaries */
import { createDataSource } from '../../libs/server/src/core/database/data-source';
import { ensureDatabase } from '../../libs/server/src/core/database/ensure-database';
import {
  TEMPLATE_DATABASE,
  databaseUrl,
  dropLeftoverTestDatabases,
} from '../../libs/server/src/testing/test-database';

/** Once per `jest` run: Node in UTC, a freshly migrated template database. */
export default async function globalSetup(): Promise<void> {
  process.env['TZ'] = 'UTC';
  await dropLeftoverTestDatabases();
  const url = databaseUrl(TEMPLATE_DATABASE);
  await ensureDatabase(url);
  const dataSource = await createDataSource(url).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}
