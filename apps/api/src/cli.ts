import 'reflect-metadata';
import { parseArgs } from 'node:util';
import {
  AppConfig,
  BackupError,
  backupDatabase,
  ConfigError,
  createDataSource,
  createFirstUser,
  databaseNameOf,
  importPlan,
  ensureDatabase,
  loadConfig,
  prepareDatabase,
  restoreDatabase,
  seedDemo,
  seedPlan,
} from '@pejling/server';

const USAGE = `usage: cli.js <command>
  migrate                 create the database if missing and run pending migrations
  seed [--demo]           load Klyngestrategi 2.0 (and with --demo the demo people and milestones)
  plan:import FILE [--strategy ID] [--apply] [--confirm EMAIL]...
                          preview a plan's workbook (.xlsx, .csv) against the database, or
                          a new strategy without --strategy; with --apply, apply it
  user:create --email E --role secretariat|owner|steering [--name N]
                          create a person (or find them by e-mail) and print a one-time link
                          to set their password
  backup [FILE]           write the database, attachments included, to FILE (pg_dump's custom
                          format; default backups/pejling-<time>.dump)
  restore FILE [--replace]
                          restore a backup into the database, created if missing; one that
                          holds tables only with --replace (stop the API and workers first)`;

async function withDataSource<T>(
  config: AppConfig,
  work: (ds: Awaited<ReturnType<typeof open>>) => Promise<T>,
) {
  const dataSource = await open(config);
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function open(config: AppConfig) {
  await ensureDatabase(config.databaseUrl);
  return createDataSource(config.databaseUrl, config.today).initialize();
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const config = loadConfig();
  switch (command) {
    case 'migrate':
      return prepareDatabase(config.databaseUrl, { today: config.today });
    case 'seed':
      return withDataSource(config, async (ds) => {
        console.log('plan:', JSON.stringify((await seedPlan(ds)).added));
        if (rest.includes('--demo')) {
          const demo = await seedDemo(ds, { demoPassword: config.demoPassword });
          console.log('demo:', JSON.stringify(demo.added));
        }
      });
    case 'plan:import': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          strategy: { type: 'string' },
          apply: { type: 'boolean', default: false },
          confirm: { type: 'string', multiple: true, default: [] },
        },
      });
      const strategyId = values.strategy === undefined ? null : Number(values.strategy);
      if (positionals.length !== 1 || (strategyId !== null && !Number.isInteger(strategyId))) break;
      const ok = await importPlan(config, positionals[0], {
        strategyId,
        apply: values.apply,
        confirm: values.confirm,
      });
      return process.exit(ok ? 0 : 1);
    }
    case 'backup': {
      if (rest.length > 1) break;
      const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
      const file = rest[0] ?? `backups/pejling-${stamp}.dump`;
      const bytes = await backupDatabase(config.databaseUrl, file);
      console.log(
        `backed up ${databaseNameOf(config.databaseUrl)} to ${file} (${megabytes(bytes)})`,
      );
      return;
    }
    case 'restore': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { replace: { type: 'boolean', default: false } },
      });
      if (positionals.length !== 1) break;
      await restoreDatabase(config.databaseUrl, positionals[0], values);
      console.log(
        `restored ${positionals[0]} into ${databaseNameOf(config.databaseUrl)}; the API brings it up to ` +
          'this version when it starts (or npm run db:migrate)',
      );
      return;
    }
    case 'user:create': {
      const { values } = parseArgs({
        args: rest,
        options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
      });
      const { email, role, name } = values;
      if (!email || !role) break;
      const link = await withDataSource(config, (ds) =>
        createFirstUser(ds, config, { email, role, name }),
      );
      console.log(`Set the password within ${config.invitationDays} days at:\n${link.url}`);
      return;
    }
  }
  console.error(USAGE);
  process.exit(2);
}

main().catch((error) => {
  const told = error instanceof ConfigError || error instanceof BackupError;
  console.error(told ? error.message : (error.message ?? error));
  process.exit(1);
});
