import { resolve } from 'node:path';

/** The repository's root, seen from this file compiled into dist/test/bench. */
export const ROOT = resolve(__dirname, '../../..');

/**
 * Where the builds are: `dist/apps` (`npx nx run-many -t build -p api worker web`), or a
 * copy of it inside the repository (`BENCH_APPS=tmp/bench-apps`), so that a rebuild
 * while the benchmark runs does not pull its files away.
 */
const APPS = resolve(ROOT, process.env['BENCH_APPS'] ?? 'dist/apps');

/** The built API's entry points. */
export const API_DIST = resolve(APPS, 'api/apps/api/src');
/** The libraries as the API's build compiled them (libs/ → here). */
export const API_LIBS = resolve(APPS, 'api/libs');

/** The built worker's entry point. */
export const WORKER_MAIN = resolve(APPS, 'worker/apps/worker/src/main.js');

/** The built web app. */
export const WEB_DIST = resolve(APPS, 'web');

/** Postgres as the tests and `npm start` reach it; `BENCH_PG` overrides the server part. */
const SERVER = process.env['BENCH_PG'] ?? 'postgres://postgres@127.0.0.1:5432';

export function databaseUrl(name: string): string {
  return `${SERVER}/${name}`;
}

export const REDIS_URL = process.env['BENCH_REDIS'] ?? 'redis://127.0.0.1:6379';

/** The demo's secretariat account, which every load signs in as. */
export const SECRETARIAT = { email: 'sekretariat@demo.pejling.dk', password: 'pejling-demo' };
