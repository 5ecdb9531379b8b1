import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import type { AppConfig } from '../core/config/config';
import { RemindersWorkerModule } from '../reminders/reminders-worker.module';

/**
 * The worker process: the queues' processors and schedulers on the same infrastructure
 * as the API, without HTTP. Several may run at once.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot(config, 'worker'), RemindersWorkerModule],
    };
  }
}
