import 'reflect-metadata';
import { ConfigError, loadConfig } from '@pejling/server';
import { bootstrap, DEFAULT_WEB_DIST } from './bootstrap';

/** The API alone, against a database that is already migrated (`npm run start:api`). */
async function main() {
  const config = loadConfig();
  await bootstrap({ ...config, webDist: config.webDist ?? DEFAULT_WEB_DIST });
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
