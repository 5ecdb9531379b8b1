import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export const API_PREFIX = 'api';

/** The HTTP set-up that the API's `main` and the tests share. */
export function configureHttpApp(app: INestApplication): INestApplication {
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
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document);
  return app;
}
