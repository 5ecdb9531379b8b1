import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ServerModule } from '@pejling/server';

/** The API process: everything under /api (and the built web app at `/`, configureHttpApp). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [ServerModule.forRoot(config)] };
  }
}
