import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, configureHttpApp } from '@pejling/server';
import { AppModule } from './app.module';

/** Where the web app's production build lands, seen from this file in dist. */
export const DEFAULT_WEB_DIST = resolve(__dirname, '../../../../web');

/** Starts the HTTP server; resolves once it listens. */
export async function bootstrap(config: AppConfig) {
  const app = await NestFactory.create(AppModule.forRoot(config), {
    logger: ['error', 'warn', 'log', 'debug', 'verbose'].slice(
      0,
      ['error', 'warn', 'log', 'debug', 'verbose'].indexOf(config.logLevel) + 1,
    ) as never,
  });
  configureHttpApp(app);
  app.enableShutdownHooks();
  await app.listen(config.port);
  const today = config.today ? ` (date fixed to ${config.today})` : '';
  new Logger('Pejling').log(`listening on ${config.appUrl}${today}`);
  return app;
}
