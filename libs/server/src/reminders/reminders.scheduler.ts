import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { QUEUES, REMINDER_JOBS } from '@pejling/contracts';
import type { Queue } from 'bullmq';
import { PLAN_TIME_ZONE } from '../core/clock/clock';
import type { AppConfig } from '../core/config/config';
import { APP_CONFIG } from '../core/config/config.module';

/** The id of the daily scan's job scheduler in Redis. */
export const DAILY_SCAN = 'daily-scan';

/** The id of the job scheduler of the regular check that the queue has every unsent e-mail. */
export const REQUEUE_CHECK = 'requeue-unsent';

/** Finished scheduled jobs are kept this many at most, for inspection. */
const KEEP = { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } };

/**
 * Registers the worker's schedules: the daily reminder scan (`REMINDER_SCAN_CRON`, in
 * Europe/Copenhagen), and every `REQUEUE_EVERY_MINUTES` the check that queues again what
 * Postgres holds as unsent but the queue does not know (Redis restarted without its
 * data). Only the worker does this, and `upsertJobScheduler` under one id is idempotent:
 * however many workers start, there is one of each. A worker that starts runs the check
 * at once as well: it may be starting because Redis was restarted.
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
        opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 }, ...KEEP },
      },
    );
    await this.queue.upsertJobScheduler(
      REQUEUE_CHECK,
      { every: this.config.requeueEveryMinutes * 60_000 },
      { name: REMINDER_JOBS.requeue, data: {}, opts: KEEP },
    );
    await this.queue.add(REMINDER_JOBS.requeue, {}, KEEP);
    this.logger.log(
      `daily reminder scan scheduled at "${this.config.reminderScanCron}" (${PLAN_TIME_ZONE}); ` +
        `unsent e-mail checked against the queue every ${this.config.requeueEveryMinutes} min`,
    );
  }
}
