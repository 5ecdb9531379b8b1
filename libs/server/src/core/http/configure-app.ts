import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import fastifyEtag from '@fastify/etag';
import { INestApplication } from '@nestjs/common';
import type { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { REQUEST_LOGGING, type RequestLogging } from '../logging/logging.module';
import { assignRequestId } from '../logging/request-id';
import { Metrics, routeLabel } from '../metrics/metrics';
import { registerMultipartParser } from './multipart';
import { registerBodyParsers } from './security/body-limit';
import { securityHeaders } from './security/security-headers';
import { serveWebApp } from './web-app';

export const API_PREFIX = 'api';

/**
 * The HTTP set-up that the API's `main` and the tests share, on Fastify (see
 * `createHttpAdapter`). Call it before `init()` or `listen()`. Every answer, the web app's
 * files, the API docs and errors included:
 *
 * - gets its request id and its line in the request log, first of all (the adapter's first
 *   `onRequest` hook, before Nest's own middleware);
 * - carries helmet's security headers;
 * - gets a weak ETag, so that a client that has it gets a 304.
 *
 * Bodies are read as `registerBodyParsers` says; a file upload's as its route streams it
 * (`registerMultipartParser`). Fastify sends no `X-Powered-By`. CORS stays off (no
 * `enableCors()`): the web app is served from this origin, and no other site's pages may
 * call the API.
 */
export function configureHttpApp(app: INestApplication): INestApplication {
  const fastifyApp = app as NestFastifyApplication;
  const config = app.get<AppConfig>(APP_CONFIG);
  const requestLogging = findRequestLogging(app);
  const headers = securityHeaders({ appUrl: config.appUrl });

  (app.getHttpAdapter() as FastifyAdapter).setOnRequestHook((request, reply, done) => {
    assignRequestId(request.raw, reply.raw);
    if (!requestLogging) return done();
    requestLogging(request.raw, reply.raw, () => {
      // What the app logs while serving the request goes to pino-http's request logger.
      request.log = (request.raw as IncomingMessage & { log: FastifyRequest['log'] }).log;
      done();
    });
  });
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.addHook('onRequest', (request, reply, done) =>
    headers(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
  );
  void fastifyApp.register(fastifyEtag, { weak: true });
  // Every answer's time, by its route's template (`Metrics`, served on METRICS_PORT).
  const metrics = app.get(Metrics);
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = routeLabel(request.url.split('?')[0], request.routeOptions.url);
    const labels = { method: request.method, route, status: String(reply.statusCode) };
    metrics.requestDuration.observe(labels, reply.elapsedTime / 1000);
    done();
  });
  registerBodyParsers(fastifyApp);
  registerMultipartParser(fastify);
  if (config.webDist && existsSync(config.webDist)) {
    serveWebApp(fastifyApp, config.webDist, `/${API_PREFIX}`);
  }

  app.setGlobalPrefix(API_PREFIX);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Pejling API')
      .setDescription(
        "A strategy's action plan: react-admin simple-rest resources under /api " +
          '(sort, range and filter as JSON query parameters; Content-Range on lists).',
      )
      .setVersion('0.1.0')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    // No badge that would send the docs' address to validator.swagger.io.
    swaggerOptions: { validatorUrl: null },
  });
  return app;
}

/**
 * `LoggingModule`'s request logger, if the app has that module (the API has it, through
 * ServerModule). An app without it still gets request ids, but no request log.
 */
function findRequestLogging(app: INestApplication): RequestLogging | undefined {
  try {
    return app.get<RequestLogging>(REQUEST_LOGGING);
  } catch {
    return undefined;
  }
}
