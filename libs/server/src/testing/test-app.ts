import { getQueueToken } from '@nestjs/bullmq';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { QUEUES } from '@pejling/contracts';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestDatabase, dropDatabase } from './test-database';
import type { Actor } from '../records/actor';
import { ActorResolver } from '../auth/actor-resolver';
import { AppConfig, loadConfig } from '../core/config/config';
import { configureHttpApp } from '../core/http/configure-app';
import { createHttpAdapter } from '../core/http/http-adapter';
import { ServerModule } from '../app/server.module';
import { WorkerModule } from '../app/worker.module';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  /** The API's `reminders` queue (a producer, as in the API). */
  reminders: Queue;
  /** The workers running in this process (`worker: true` starts one). */
  workers: INestApplicationContext[];
  /**
   * Starts one more worker in this process, on the same database, Redis prefix and mail
   * server; `env` sets more for this worker alone (`SEND_ATTEMPTS`, …).
   */
  startWorker: (env?: Record<string, string>) => Promise<INestApplicationContext>;
  /** Stops a worker as the process would on SIGTERM: the job in progress finishes. */
  stopWorker: (worker: INestApplicationContext) => Promise<void>;
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
  'imports',
  'attachment_chunks',
  'attachments',
  'link_tokens',
  'reminder_deliveries',
  'reminder_rules',
  'audit_events',
  'sign_in_failures',
  'password_tokens',
  'invitations',
  'round_outcomes',
  'round_reviews',
  'comments',
  'status_reports',
  'reporting_round_initiatives',
  'reporting_rounds',
  'measurements',
  'target_series',
  'initiative_targets',
  'targets',
  'milestones',
  'initiative_responsibles',
  'initiative_partners',
  'initiative_leads',
  'initiatives',
  'focus_areas',
  'strategies',
  'people',
  'organisations',
];

/** The tables with an identity column of their own (not the link tables). */
const ID_TABLES = PLAN_TABLES.filter(
  (table) =>
    ![
      'attachment_chunks',
      'initiative_leads',
      'initiative_partners',
      'initiative_responsibles',
      'initiative_targets',
      'reporting_round_initiatives',
      'round_reviews',
    ].includes(table),
);

/** The tables emptying leaves alone: the reminder rules the migration seeds. */
const CONFIG_TABLES = ['reminder_rules'];

/**
 * Empties the plan tables and restarts their ids. DELETE in dependency order, not
 * TRUNCATE: on tables this small it is several times faster, and tests run it often.
 */
const EMPTY_TABLES = [
  ...PLAN_TABLES.filter((table) => !CONFIG_TABLES.includes(table)).map(
    (table) => `DELETE FROM ${table};`,
  ),
  ...ID_TABLES.filter((table) => !CONFIG_TABLES.includes(table)).map(
    (table) => `ALTER TABLE ${table} ALTER COLUMN id RESTART;`,
  ),
].join('\n');

export interface TestAppOptions {
  /** Real sign-in and sessions; otherwise every request acts as `TEST_SECRETARIAT`. */
  sessions?: boolean;
  /** Also run a worker (the queues' processors and schedulers) in this process. */
  worker?: boolean;
  /** More settings, as environment variables: `SMTP_URL` of a test mail server, `SEND_ATTEMPTS`. */
  env?: Record<string, string>;
  /** How the app reaches its database, from the database's address (a `TcpProxy`'s `via`). */
  databaseVia?: (databaseUrl: string) => string;
}

let apps = 0;

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
  const env = {
    DATABASE_URL: options.databaseVia?.(database.url) ?? database.url,
    PEJLING_TODAY: today,
    NODE_ENV: 'test',
    // Queues of their own in Redis, per app: no test sees another's jobs.
    QUEUE_PREFIX: `pejling-test-${process.pid}-${++apps}`,
    // Once a year, so that a worker's daily scan never fires in the middle of a test.
    REMINDER_SCAN_CRON: '0 7 1 1 *',
    ...options.env,
  };
  const config = loadConfig(env);
  const builder = Test.createTestingModule({ imports: [ServerModule.forRoot(config)] });
  if (!options.sessions) {
    // Tests of the resources act as the secretariat without signing in; the sign-in,
    // sessions and the role matrix are tested with real sessions (`sessions: true`).
    builder.overrideProvider(ActorResolver).useValue({ resolve: async () => TEST_SECRETARIAT });
  }
  const moduleRef = await builder.compile();
  const app = await configureHttpApp(
    moduleRef.createNestApplication(createHttpAdapter(), { logger: ['error'] }),
  );
  // Listening once, on a port of its own: supertest would otherwise start and stop the
  // server around every request that is not sent while another one is open.
  await app.listen(0, '127.0.0.1');
  const dataSource = app.get(DataSource);
  const reminders = app.get<Queue>(getQueueToken(QUEUES.reminders));
  const workers: INestApplicationContext[] = [];
  const startWorker = async (workerEnv: Record<string, string> = {}) => {
    const workerConfig = loadConfig({ ...env, ...workerEnv });
    const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(workerConfig), {
      logger: ['error'],
    });
    workers.push(worker);
    return worker;
  };
  const stopWorker = async (worker: INestApplicationContext) => {
    const index = workers.indexOf(worker);
    if (index >= 0) workers.splice(index, 1);
    await worker.close();
  };
  if (options.worker) await startWorker();
  return {
    app,
    config,
    reminders,
    workers,
    startWorker,
    stopWorker,
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
      for (const worker of [...workers]) await stopWorker(worker);
      // Leaves nothing of this app's queues in Redis (if it can reach Redis at all).
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        reminders.obliterate({ force: true }).catch(() => undefined),
        new Promise((resolve) => (timer = setTimeout(resolve, 2_000))),
      ]);
      clearTimeout(timer);
      await app.close();
      await dropDatabase(database.name);
    },
  };
}
