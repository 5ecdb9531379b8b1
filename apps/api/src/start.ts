import 'reflect-metadata';
import { ConfigError, loadConfig, prepareDatabase } from '@pejling/server';
import { bootstrap, DEFAULT_WEB_DIST } from './bootstrap';

/** The date the demo content tells its story as of. */
const DEMO_TODAY = '2017-06-15';

/**
 * `npm start`: creates and migrates the database, loads Klyngestrategi 2.0 with the demo
 * content when it is empty, and serves the API with the web app. With `--demo` (what
 * `npm start` passes) the clock is fixed to the demo date unless PEJLING_TODAY says otherwise.
 */
async function main() {
  const demo = process.argv.includes('--demo');
  const env = demo
    ? {
        ...process.env,
        PEJLING_TODAY: process.env['PEJLING_TODAY'] ?? DEMO_TODAY,
        PEJLING_DEMO: 'true',
      }
    : process.env;
  const config = loadConfig(env);
  const started = Date.now();
  await prepareDatabase(config.databaseUrl, { seedIfEmpty: true, demo });
  await bootstrap({ ...config, webDist: config.webDist ?? DEFAULT_WEB_DIST });
  console.log(`Pejling is ready at ${config.appUrl} (${Date.now() - started} ms)`);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
