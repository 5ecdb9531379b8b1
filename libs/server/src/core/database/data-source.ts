import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './naming-strategy';

// Dates without a time stay `YYYY-MM-DD` strings end to end; pg would turn them into
// JavaScript Dates at local midnight, which shifts them a day in some time zones.
const PG_DATE_OID = 1082;
types.setTypeParser(PG_DATE_OID, (value) => value);

/** What a data source knows of the schema; listed explicitly, as bundlers break globs. */
export interface Schema {
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
}

/**
 * The one description of the database connection. The API and the worker give no schema:
 * each feature module registers its entities (`TypeOrmModule.forFeature`). The command
 * line and the tests take the whole schema from the assembling layer (`app/data-source.ts`).
 *
 * `today`, when the date is fixed (PEJLING_TODAY, validated as YYYY-MM-DD), is handed to
 * every connection as `pejling.today`, so that the database tells the plan's story on that
 * date too (`pejling_now()`, migration StoryClock).
 */
export function dataSourceOptions(
  databaseUrl: string,
  schema: Schema = { entities: [], migrations: [] },
  today?: string,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // Not 'error': a failed query is usually a 400 or 409 that the exception filter maps;
    // a real failure reaches the filter too, which logs it with its stack.
    logging: ['warn', 'migration'],
    extra: {
      max: 10,
      application_name: 'pejling',
      ...(today ? { options: `-c pejling.today=${today}` } : {}),
    },
  };
}
