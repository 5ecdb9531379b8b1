import 'reflect-metadata';
import {
  ConfigError,
  createDataSource,
  ensureDatabase,
  loadConfig,
  prepareDatabase,
  seedDemo,
  seedPlan,
} from '@pejling/server';

const USAGE = `usage: cli.js <command>
  migrate        create the database if missing and run pending migrations
  seed [--demo]  load Klyngestrategi 2.0 (and with --demo the demo people and milestones)`;

async function seed(databaseUrl: string, demo: boolean) {
  await ensureDatabase(databaseUrl);
  const dataSource = await createDataSource(databaseUrl).initialize();
  try {
    const plan = await seedPlan(dataSource);
    console.log('plan:', JSON.stringify(plan.added));
    if (demo) console.log('demo:', JSON.stringify((await seedDemo(dataSource)).added));
  } finally {
    await dataSource.destroy();
  }
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const config = loadConfig();
  switch (command) {
    case 'migrate':
      return prepareDatabase(config.databaseUrl);
    case 'seed':
      return seed(config.databaseUrl, args.includes('--demo'));
    default:
      console.error(USAGE);
      process.exit(2);
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
