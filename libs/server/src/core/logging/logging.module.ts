import { Global, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule, PARAMS_PROVIDER_TOKEN, type Params } from 'nestjs-pino';
import type { Logger } from 'pino';
import type { HttpLogger } from 'pino-http';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { createRequestLogging, createRootLogger } from './request-logging';

/**
 * The request logger (pino-http on the process's logger). `configureHttpApp` runs it first
 * for every request, so that every request is logged with its id: the web app's files, the
 * API docs, and answers given before a route is found (a 413, a 404).
 */
export const REQUEST_LOGGING = Symbol('REQUEST_LOGGING');
export type RequestLogging = HttpLogger;

/** The process's one pino logger (`createRootLogger`), for code that binds fields to it. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/**
 * Structured logs with pino. `app.useLogger(app.get(Logger))` (nestjs-pino's `Logger`)
 * makes Nest's own logs and every `new Logger(context)` JSON lines of the same logger;
 * inside a request under /api they carry its `requestId`. Global: `ROOT_LOGGER` is for any
 * module that binds fields to the process's logger.
 */
@Global()
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Params => ({
        pinoHttp: { logger: createRootLogger(config) },
        // pino-http runs in the app's first hook (see REQUEST_LOGGING); nestjs-pino only binds
        // the logger it put on the request to the request's async context.
        useExisting: true,
        // Every route, in the syntax of Nest 11's router (nestjs-pino's default, '*', makes
        // Nest warn at every start that it converts it).
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
      }),
    }),
  ],
  providers: [
    {
      provide: ROOT_LOGGER,
      inject: [PARAMS_PROVIDER_TOKEN],
      useFactory: (params: Params): Logger => (params.pinoHttp as { logger: Logger }).logger,
    },
    {
      provide: REQUEST_LOGGING,
      inject: [ROOT_LOGGER],
      useFactory: (root: Logger): HttpLogger => createRequestLogging(root),
    },
  ],
  exports: [REQUEST_LOGGING, ROOT_LOGGER],
})
export class LoggingModule {}
