import { types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

// Dates without a time stay `YYYY-MM-DD` strings end to end; pg would turn them into
// JavaScript Dates at local midnight, which shifts them a day in some time zones.
const PG_DATE_OID = 1082;
types.setTypeParser(PG_DATE_OID, (value) => value);

/**
 * The one description of the database, used by the API, the CLI (migrate, seed) and
 * the tests. Entities and migrations are listed explicitly: bundlers break globs.
 */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // Not 'error': a failed query is usually a 400 or 409 that the exception filter maps;
    // a real failure reaches the filter too, which logs it with its stack.
    logging: ['warn', 'migration'],
    extra: { max: 10, application_name: 'pejling' },
  };
}

export function createDataSource(databaseUrl: string): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl));
}
