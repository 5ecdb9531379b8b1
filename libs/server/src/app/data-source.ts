import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../core/database/data-source';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * A data source with the whole schema: for the command line (migrate, seed) and the tests.
 * `today`: the fixed date, if any (see `dataSourceOptions`).
 */
export function createDataSource(databaseUrl: string, today?: string): DataSource {
  return new DataSource(
    dataSourceOptions(databaseUrl, { entities: ENTITIES, migrations: MIGRATIONS }, today),
  );
}
