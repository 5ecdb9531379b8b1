import { DynamicModule, Module } from '@nestjs/common';
import { ClockModule } from './clock/clock.module';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { QueueModule, QueueRole } from './queue/queue.module';

/**
 * The infrastructure every Pejling process runs on: configuration, logs, the clock,
 * Postgres, the queues and the metrics. The API and the worker differ only in how they use the queues.
 */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, queueRole: QueueRole): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        ClockModule,
        DatabaseModule,
        QueueModule.forRoot(queueRole),
        MetricsModule.forRoot(queueRole),
      ],
    };
  }
}
