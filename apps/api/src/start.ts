import 'reflect-metadata';
import { setTimeout as delay } from 'node:timers/promises';
import {
  ConfigError,
  loadConfig,
  prepareDatabase,
  RedisDurabilityCheck,
  WorkerHealthIndicator,
} from '@pejling/server';
import { bootstrap, DEFAULT_WEB_DIST } from './bootstrap';
import { superviseWorker } from './worker-process';

/** How long the start waits for the worker before it says the app is ready anyway. */
const WORKER_WAIT_MS = 30_000;

/** The date the demo content tells its story as of. */
const DEMO_TODAY = '2017-06-15';

/**
 * `npm start`: creates and migrates the database, loads Klyngestrategi 2.0 with the demo
 * content when it is empty, starts a worker process beside it and keeps it running (not
 * with `--no-worker`), and serves the API with the web app. With `--demo` (what `npm start` passes) the clock
 * is fixed to the demo date unless PEJLING_TODAY says otherwise.
 */
function demoAccounts(password: string): string {
  const accounts = [
    ['sekretariat@demo.pejling.dk', 'secretariat'],
    ['styregruppe@demo.pejling.dk', 'steering group'],
    ['ufm@demo.pejling.dk', 'initiative owner at UFM'],
    ['ced@demo.pejling.dk', 'initiative owner at Cluster Excellence Denmark'],
  ];
  const lines = accounts.map(([email, role]) => `  ${email.padEnd(30)} ${role}`);
  return ['Demo accounts (password: ' + password + '):', ...lines].join('\n');
}

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
  await prepareDatabase(config.databaseUrl, {
    seedIfEmpty: true,
    demoPassword: demo ? config.demoPassword : undefined,
    today: config.today,
  });
  const app = await bootstrap({ ...config, webDist: config.webDist ?? DEFAULT_WEB_DIST });
  // The address and the accounts come last, after what the API and its worker log as they
  // start: their checks of Redis' settings among it.
  await app.get(RedisDurabilityCheck).checked;
  if (!process.argv.includes('--no-worker')) {
    // Gets the same settings, the demo's date included. If it dies, it is started again
    // while the API goes on serving; the health check says whether it is ready.
    const worker = superviseWorker(env);
    app.get(WorkerHealthIndicator).follow(worker.state);
    await Promise.race([worker.ready, delay(WORKER_WAIT_MS, undefined, { ref: false })]);
  }
  console.log(`Pejling is ready at ${config.appUrl} (${Date.now() - started} ms)`);
  if (demo) console.log(demoAccounts(config.demoPassword));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
