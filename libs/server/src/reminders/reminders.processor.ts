import { Processor, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Logger } from '@nestjs/common';
import {
  QUEUES,
  REMINDER_JOBS,
  ReminderJobName,
  ScanJobData,
  SendDigestJobData,
} from '@pejling/contracts';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { purgeExpiredLinkTokens } from '../auth/link-tokens';
import { Clock } from '../core/clock/clock';
import { isDateOnly } from '../core/http/dto';
import { assertHandlers, handlerFor, JobHandlers } from '../core/queue/job-handlers';
import { DigestSender, SendFailed } from './digest-sender';
import { ReminderDispatcher } from './reminder-dispatcher';

/** How many jobs one worker process runs at once (sends share an SMTP connection pool). */
const CONCURRENCY = 5;

/**
 * The worker side of the `reminders` queue: one handler per job name of
 * `REMINDER_JOBS`, checked when the processor is created. Errors are rethrown, so that
 * BullMQ's attempts, backoff and failed list see them.
 */
@Processor(QUEUES.reminders, { concurrency: CONCURRENCY })
export class RemindersProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Reminders');

  private readonly handlers: JobHandlers<ReminderJobName> = {
    [REMINDER_JOBS.scan]: (job) => this.scan(job as Job<ScanJobData>),
    [REMINDER_JOBS.sendDigest]: (job) => this.sendDigest(job as Job<SendDigestJobData>),
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly dispatcher: ReminderDispatcher,
    private readonly sender: DigestSender,
  ) {
    super();
    assertHandlers(QUEUES.reminders, Object.values(REMINDER_JOBS), this.handlers);
  }

  process(job: Job): Promise<unknown> {
    const handler = handlerFor(this.handlers, job.name);
    if (!handler) {
      // Not retried: no later attempt will know the name either.
      throw new UnrecoverableError(`no handler for job "${job.name}" on "${QUEUES.reminders}"`);
    }
    return handler(job);
  }

  /**
   * Stops taking jobs and lets those in progress finish, while the database, the queue
   * and the mail pool are still open (they close after this, on application shutdown).
   */
  async beforeApplicationShutdown() {
    await this.worker.close();
  }

  private async scan(job: Job<ScanJobData>) {
    const asOf = job.data?.asOf;
    if (asOf !== undefined && !isDateOnly(asOf)) {
      throw new UnrecoverableError(`scan: asOf must be a date as YYYY-MM-DD, not ${asOf}`);
    }
    const day = asOf ?? this.clock.today();
    const started = Date.now();
    const { recorded, queued } = await this.dispatcher.dispatch(day);
    // The daily housekeeping of e-mail links rides on the daily scan.
    const purged = await purgeExpiredLinkTokens(this.dataSource);
    this.logger.log(
      `scan of ${day}: ${recorded} new deliveries, ${queued.length} digests queued, ` +
        `${purged} expired links deleted (${Date.now() - started} ms)`,
    );
    return { day, recorded, digests: queued.length };
  }

  private async sendDigest(job: Job<SendDigestJobData>) {
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      const outcome = await this.sender.send(job.data, lastAttempt);
      if (outcome.status === 'skipped') this.logger.warn(`${job.id}: ${outcome.reason}`);
      return outcome;
    } catch (error) {
      const message = (error as Error).message;
      const attempt = `attempt ${job.attemptsMade + 1} of ${job.opts.attempts ?? 1}`;
      this.logger.warn(`${job.id}: ${attempt} failed: ${message}`);
      if (lastAttempt && !(error instanceof SendFailed)) {
        await this.sender.giveUp(job.data, message);
      }
      throw error;
    }
  }
}
