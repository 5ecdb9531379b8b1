export { ServerModule } from './server.module';
export { loadConfig, ConfigError } from './core/config/config';
export type { AppConfig } from './core/config/config';
export { configureHttpApp, API_PREFIX } from './core/http/configure-app';
export { createDataSource } from './core/database/data-source';
export { ensureDatabase } from './core/database/ensure-database';
export { prepareDatabase } from './core/database/prepare';
export { seedPlan, seedDemo, isEmpty } from './core/database/seed/seeder';
export { createFirstUser } from './auth/create-user';
