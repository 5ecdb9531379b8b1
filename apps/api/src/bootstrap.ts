import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, configureHttpApp, createHttpAdapter } from '@pejling/server';
import { Logger as PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';

/** Where the web app's production build lands, seen from this file in dist. */
export const DEFAULT_WEB_DIST = resolve(__dirname, '../../../../web');

/** Starts the HTTP server; resolves once it listens. */
export async function bootstrap(config: AppConfig) {
  // Nest's own start-up logs wait until pino (LoggingModule, at LOG_LEVEL) takes over.
  const app = await NestFactory.create(AppModule.forRoot(config), createHttpAdapter(), {
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoLogger));
  await configureHttpApp(app);
  app.enableShutdownHooks();
  // On every interface, as a server in a container must (Fastify's default is localhost).
  await app.listen(config.port, '0.0.0.0');
  const today = config.today ? ` (date fixed to ${config.today})` : '';
  new Logger('Pejling').log(`listening on ${config.appUrl}${today}`);
  return app;
}
