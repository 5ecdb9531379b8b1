import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestDatabase, dropDatabase } from './test-database';
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
  close: () => Promise<void>;
}

const PLAN_TABLES = [
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

/**
 * The API as the server runs it (same module, pipes, filters and prefix), on a database of
 * its own copied from the migrated template, with the clock fixed to `today`.
 */
export async function createTestApp(today = '2017-06-15'): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ DATABASE_URL: database.url, PEJLING_TODAY: today, NODE_ENV: 'test' });
  const moduleRef = await Test.createTestingModule({ imports: [ServerModule.forRoot(config)] }).compile();
  const app = configureHttpApp(moduleRef.createNestApplication({ logger: ['error'] }));
  await app.init();
  const dataSource = app.get(DataSource);
  return {
    app,
    http: () => request(app.getHttpServer()),
    dataSource,
    truncate: async () => {
      await dataSource.query(`TRUNCATE ${PLAN_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
    },
    close: async () => {
      await app.close();
      await dropDatabase(database.name);
    },
  };
}
