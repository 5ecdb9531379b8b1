import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { redisOptions } from '../queue/redis-options';

/**
 * Whether Redis answers a PING, on a connection of its own: with no offline queue, a
 * PING while Redis is away fails at once instead of waiting for it to come back. Only the
 * first connection, still under way when the app has just started, is waited for (within
 * the check's time): it is not an outage.
 */
@Injectable()
export class RedisHealthIndicator implements OnApplicationShutdown {
  private readonly client: Redis;
  /** Resolves once the first connection is made; never rejects. */
  private readonly firstConnection: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly indicator: HealthIndicatorService,
  ) {
    this.client = new Redis({
      ...redisOptions(config.redisUrl),
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectionName: 'pejling-health',
      // Keep trying in the background, never more than 2 s apart.
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    // A refused connection is a health check's answer, not an error to report.
    this.client.on('error', () => undefined);
    this.firstConnection = new Promise((resolve) => this.client.once('ready', () => resolve()));
    this.client.connect().catch(() => undefined);
  }

  async pingCheck(key: string, timeoutMs = 2_000) {
    const check = this.indicator.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.firstConnection.then(() => this.client.ping()),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${timeoutMs} ms`)),
            timeoutMs,
          );
        }),
      ]);
      return check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    } finally {
      clearTimeout(timer);
    }
  }

  onApplicationShutdown() {
    this.client.disconnect();
  }
}
