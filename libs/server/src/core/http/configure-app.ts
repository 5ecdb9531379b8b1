import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Express, RequestHandler } from 'express';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { REQUEST_LOGGING } from '../logging/logging.module';
import { requestIdMiddleware } from '../logging/request-id';
import { limitBodies } from './security/body-limit';
import { answerEarlyErrors } from './security/early-errors';
import { securityHeaders } from './security/security-headers';

export const API_PREFIX = 'api';

/**
 * The HTTP set-up that the API's `main` and the tests share. Call it before `init()` or
 * `listen()`: the middleware added here runs, in this order, before any of Nest's, so
 * that it covers every answer: the web app's files, the API docs, and errors that the body
 * parser answers before Nest sees the request.
 *
 * CORS stays off (no `enableCors()`): the web app is served from this origin, and no other
 * site's pages may call the API.
 */
export function configureHttpApp(app: INestApplication): INestApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  (app.getHttpAdapter().getInstance() as Express).disable('x-powered-by');

  app.use(requestIdMiddleware());
  const requestLogging = findRequestLogging(app);
  if (requestLogging) app.use(requestLogging);
  app.use(securityHeaders({ appUrl: config.appUrl }));
  limitBodies(app);
  app.use(answerEarlyErrors());

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
 * `LoggingModule`'s request-logging middleware, if the app has that module (the API has
 * it, through ServerModule). An app without it still gets request ids, but no request log.
 */
function findRequestLogging(app: INestApplication): RequestHandler | undefined {
  try {
    return app.get<RequestHandler>(REQUEST_LOGGING);
  } catch {
    return undefined;
  }
}
