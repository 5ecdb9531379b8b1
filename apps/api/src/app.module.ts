import { existsSync } from 'node:fs';
import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { AppConfig, ServerModule } from '@pejling/server';

/** The API process: everything under /api, and the built web app at `/`. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const web =
      config.webDist && existsSync(config.webDist)
        ? [
            ServeStaticModule.forRoot({
              rootPath: config.webDist,
              // Unknown API routes must answer 404 JSON, not the app's index.html.
              exclude: ['/api/{*any}'],
            }),
          ]
        : [];
    return { module: AppModule, imports: [ServerModule.forRoot(config), ...web] };
  }
}
