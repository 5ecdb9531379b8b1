import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestDatabase, dropDatabase } from './test-database';
import type { Actor } from '../auth/actor';
import { ActorResolver } from '../auth/actor-resolver';
import { loadConfig } from '../core/config/config';
import { configureHttpApp } from '../core/http/configure-app';
import { ServerModule } from '../server.module';

export interface TestApp {
  app: INestApplication;
  /** supertest bound to the app's HTTP server. */
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  /** Empties every plan table, keeping the schema. */
  truncate: () => Promise<void>;
  /**
   * Saves what the plan tables hold now and answers a function that puts exactly that back
   * (ids included): a data set built once through the API can start every test afresh.
   */
  keep: () => Promise<() => Promise<void>>;
  close: () => Promise<void>;
}

/** Every plan table, children before parents. */
export const PLAN_TABLES = [
  'reminder_deliveries',
  'audit_events',
  'sign_in_failures',
  'password_tokens',
  'status_reports',
  'measurements',
  'target_series',
  'targets',
  'milestones',
  'initiative_responsibles',
  'initiative_partners',
  'initiatives',
  'focus_areas',
  'strategies',
  'people',
  'organisations',
];

/** The tables with an identity column of their own (not the link tables). */
const ID_TABLES = PLAN_TABLES.filter(
  (table) => !['initiative_partners', 'initiative_responsibles'].includes(table),
);

/**
 * Empties the plan tables and restarts their ids. DELETE in dependency order, not
 * TRUNCATE: on tables this small it is several times faster, and tests run it often.
 */
const EMPTY_TABLES = [
  ...PLAN_TABLES.map((table) => `DELETE FROM ${table};`),
  ...ID_TABLES.map((table) => `ALTER TABLE ${table} ALTER COLUMN id RESTART;`),
].join('\n');

export interface TestAppOptions {
  /** Real sign-in and sessions; otherwise every request acts as `TEST_SECRETARIAT`. */
  sessions?: boolean;
}

/** The actor of tests that do not sign in: the secretariat, as no particular person. */
export const TEST_SECRETARIAT: Actor = {
  personId: null,
  name: 'Test secretariat',
  role: 'secretariat',
  organisationId: null,
};

/**
 * The API as the server runs it (same module, pipes, filters and prefix), on a database of
 * its own copied from the migrated template, with the clock fixed to `today`.
 */
export async function createTestApp(
  today = '2017-06-15',
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ DATABASE_URL: database.url, PEJLING_TODAY: today, NODE_ENV: 'test' });
  const builder = Test.createTestingModule({ imports: [ServerModule.forRoot(config)] });
  if (!options.sessions) {
    // Tests of the resources act as the secretariat without signing in; the sign-in,
    // sessions and the role matrix are tested with real sessions (`sessions: true`).
    builder.overrideProvider(ActorResolver).useValue({ resolve: async () => TEST_SECRETARIAT });
  }
  const moduleRef = await builder.compile();
  const app = configureHttpApp(moduleRef.createNestApplication({ logger: ['error'] }));
  // Listening once, on a port of its own: supertest would otherwise start and stop the
  // server around every request that is not sent while another one is open.
  await app.listen(0, '127.0.0.1');
  const dataSource = app.get(DataSource);
  return {
    app,
    http: () => request(app.getHttpServer()),
    dataSource,
    truncate: async () => {
      await dataSource.query(EMPTY_TABLES);
    },
    keep: async () => {
      const saved = PLAN_TABLES.map((table) => `kept_${table}`);
      await dataSource.query(
        PLAN_TABLES.map(
          (table, i) =>
            `DROP TABLE IF EXISTS ${saved[i]}; CREATE TABLE ${saved[i]} AS TABLE ${table};`,
        ).join('\n'),
      );
      const restore = [
        ...PLAN_TABLES.map((table) => `DELETE FROM ${table};`),
        ...[...PLAN_TABLES.keys()]
          .reverse()
          .map((i) => `INSERT INTO ${PLAN_TABLES[i]} OVERRIDING SYSTEM VALUE TABLE ${saved[i]};`),
        ...ID_TABLES.map(
          (table) =>
            `SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce(max(id), 0) + 1, false) FROM ${table};`,
        ),
      ].join('\n');
      return async () => {
        await dataSource.query(restore);
      };
    },
    close: async () => {
      await app.close();
      await dropDatabase(database.name);
    },
  };
}
