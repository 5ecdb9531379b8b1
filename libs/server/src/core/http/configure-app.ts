import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import fastifyCompress from '@fastify/compress';
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
 * What is compressed as it is sent: the API's JSON and text (CSV) answers, a tenth to a
 * quarter of their size, which on a phone's line is most of their time. Brotli at
 * @fastify/compress's quality 4, cheap enough to make per request; files that are
 * compressed already (PDFs, workbooks, images) are not. The plugin leaves out lists'
 * answers: it compresses nothing with a `Content-Range`, which react-admin's lists carry.
 */
const COMPRESSION = {
  // Answers only: a compressed request body is refused as before, not inflated (a small
  // body could inflate past the size limit, which the plugin then reported as a 500).
  globalDecompression: false,
  encodings: ['br', 'gzip'] as ('br' | 'gzip')[],
  threshold: 1024,
  customTypes: /^(application\/(.+\+)?json|text\/(?!event-stream))/,
};

/**
 * The HTTP set-up that the API's `main` and the tests share, on Fastify (see
 * `createHttpAdapter`). Await it before `init()` or `listen()`. Every answer, the web app's
 * files, the API docs and errors included:
 *
 * - gets its request id and its line in the request log, first of all (the adapter's first
 *   `onRequest` hook, before Nest's own middleware);
 * - carries helmet's security headers;
 * - gets a weak ETag, so that a client that has it gets a 304;
 * - is compressed as it is sent (brotli or gzip, as the client accepts) when it is JSON or
 *   text over 1 kB; the web app's files come compressed at build time (`serveWebApp`).
 *
 * Bodies are read as `registerBodyParsers` says; a file upload's as its route streams it
 * (`registerMultipartParser`). Fastify sends no `X-Powered-By`. CORS stays off (no
 * `enableCors()`): the web app is served from this origin, and no other site's pages may
 * call the API.
 */
export async function configureHttpApp(app: INestApplication): Promise<INestApplication> {
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
  // Awaited: it compresses by the routes it sees added, and Nest adds them as the app starts.
  await fastifyApp.register(fastifyCompress, COMPRESSION);
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
