import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { QUEUES, REMINDER_JOBS } from '@pejling/contracts';
import type { Queue } from 'bullmq';
import { PLAN_TIME_ZONE } from '../core/clock/clock';
import type { AppConfig } from '../core/config/config';
import { APP_CONFIG } from '../core/config/config.module';

/** The id of the daily scan's job scheduler in Redis. */
export const DAILY_SCAN = 'daily-scan';

/**
 * Registers the daily reminder scan (`REMINDER_SCAN_CRON`, in Europe/Copenhagen). Only the
 * worker does this, and `upsertJobScheduler` under one id is idempotent: however many
 * workers start, there is one scheduler, and one scan a day. The scan only enqueues.
 */
@Injectable()
export class RemindersScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectQueue(QUEUES.reminders) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    await this.queue.upsertJobScheduler(
      DAILY_SCAN,
      { pattern: this.config.reminderScanCron, tz: PLAN_TIME_ZONE },
      {
        name: REMINDER_JOBS.scan,
        data: {},
        opts: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 60_000 },
          removeOnComplete: { count: 100 },
          removeOnFail: { count: 100 },
        },
      },
    );
    this.logger.log(
      `daily reminder scan scheduled at "${this.config.reminderScanCron}" (${PLAN_TIME_ZONE})`,
    );
  }
}
