import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, RedisDurabilityCheck, WorkerModule } from '@pejling/server';
import { Logger as PinoLogger } from 'nestjs-pino';

/**
 * The worker (`npm run start:worker`): runs the queues' jobs and registers their
 * schedules, against a database that is already migrated. Any number may run beside the
 * API. On SIGTERM or SIGINT it stops taking jobs, lets those in progress finish, then
 * closes its connections.
 */
async function main() {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  const today = config.today ? `, date fixed to ${config.today}` : '';
  const mail = config.smtpUrl
    ? 'sending mail over SMTP'
    : 'no SMTP_URL: reminders go to the outbox';
  new Logger('Pejling').log(`worker started (${mail}${today})`);
  // Started by `npm start` beside the API: stop with it, even if it dies without a word,
  // and tell it when ready (its health check counts reminders up from then on, and it
  // prints its address after what the worker had to say about Redis).
  if (process.send) {
    process.once('disconnect', () => void app.close());
    await app.get(RedisDurabilityCheck).checked;
    process.send('ready');
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
