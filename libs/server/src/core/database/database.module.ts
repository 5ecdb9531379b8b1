import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { dataSourceOptions } from './data-source';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      // Each feature module registers its own entities (`TypeOrmModule.forFeature`).
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.databaseUrl, undefined, config.today),
        autoLoadEntities: true,
      }),
    }),
  ],
})
export class DatabaseModule {}
