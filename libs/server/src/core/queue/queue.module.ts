import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { QUEUES } from '@pejling/contracts';
import type { RedisOptions } from 'bullmq';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { LoggedQueue } from './logged-queue';
import { RedisDurabilityCheck } from './redis-durability';
import { redisOptions } from './redis-options';

/**
 * Who uses the queues in this process. The API only adds jobs, from HTTP handlers: with
 * `enableOfflineQueue: false` a Redis outage fails the request at once instead of
 * hanging it. The worker blocks on Redis to wait for jobs, which BullMQ requires to be
 * `maxRetriesPerRequest: null`.
 */
export type QueueRole = 'producer' | 'worker';

/** The ioredis options of a role's connections. */
export function connectionOptions(config: AppConfig, role: QueueRole): RedisOptions {
  const base = redisOptions(config.redisUrl);
  return role === 'producer'
    ? { ...base, enableOfflineQueue: false }
    : { ...base, maxRetriesPerRequest: null };
}

/**
 * BullMQ on Redis (`REDIS_URL`, keys under `QUEUE_PREFIX`), and the queues of
 * `@pejling/contracts`, injectable anywhere with `@InjectQueue(QUEUES.reminders)`.
 * BullMQ owns the connections it opens and closes them when the app closes.
 */
// Every queue that BullModule creates logs its connection errors.
BullModule.queueClass = LoggedQueue;

@Global()
@Module({})
export class QueueModule {
  static forRoot(role: QueueRole): DynamicModule {
    const queues = BullModule.registerQueue({ name: QUEUES.reminders });
    return {
      module: QueueModule,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: connectionOptions(config, role),
            prefix: config.queuePrefix,
          }),
        }),
        queues,
      ],
      // Every process warns at start when Redis is set up to lose jobs.
      providers: [RedisDurabilityCheck],
      exports: [queues],
    };
  }
}
