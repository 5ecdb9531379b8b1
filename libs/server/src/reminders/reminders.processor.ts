import { Processor, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Inject, Logger } from '@nestjs/common';
import {
  QUEUES,
  REMINDER_JOBS,
  ReminderJobName,
  ScanJobData,
  SendDigestJobData,
  SendInvitationJobData,
} from '@pejling/contracts';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { purgeExpiredLinkTokens } from '../auth/link-tokens';
import { Clock } from '../core/clock/clock';
import type { AppConfig } from '../core/config/config';
import { APP_CONFIG } from '../core/config/config.module';
import { isDateOnly } from '../core/http/dto';
import { assertHandlers, handlerFor, JobHandlers } from '../core/queue/job-handlers';
import { RetryLater, workerBackoff } from '../core/queue/send-jobs';
import { DigestSender } from './digest-sender';
import { InvitationSender } from './invitations/invitation-sender';
import { ReminderDispatcher } from './reminder-dispatcher';
import { AttemptPlan, attemptPlan } from './sending/attempts';
import { SendFailed } from './sending/outgoing';
import type { Logger as PinoLogger } from 'pino';
import { ROOT_LOGGER } from '../core/logging/logging.module';
import { withRequestId } from '../core/logging/request-context';

/** What sends the e-mail of a send job: a digest, an invitation. */
interface MailSender<Data> {
  send(data: Data, plan: AttemptPlan, jobId: string): Promise<unknown>;
  /** Marks the e-mail failed after an error on its last attempt that was not recorded. */
  giveUp(data: Data, jobId: string, error: string): Promise<void>;
}

/** How many jobs one worker process runs at once (sends share an SMTP connection pool). */
const CONCURRENCY = 5;

/**
 * The worker side of the `reminders` queue: one handler per job name of
 * `REMINDER_JOBS`, checked when the processor is created. Errors are rethrown, so that
 * BullMQ's attempts, backoff and failed list see them; for the send jobs, with this
 * worker's `SEND_ATTEMPTS` and `SEND_BACKOFF_MS` (see `attempt`).
 */
@Processor(QUEUES.reminders, {
  concurrency: CONCURRENCY,
  settings: { backoffStrategy: workerBackoff },
})
export class RemindersProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Reminders');

  private readonly handlers: JobHandlers<ReminderJobName> = {
    [REMINDER_JOBS.scan]: (job) => this.scan(job as Job<ScanJobData>),
    [REMINDER_JOBS.sendDigest]: (job) => this.attempt(job as Job<SendDigestJobData>, this.sender),
    [REMINDER_JOBS.sendInvitation]: (job) =>
      this.attempt(job as Job<SendInvitationJobData>, this.invitations),
    [REMINDER_JOBS.requeue]: () => this.requeue(),
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly dispatcher: ReminderDispatcher,
    private readonly sender: DigestSender,
    private readonly invitations: InvitationSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly rootLogger: PinoLogger,
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
    // What the job logs carries the id of the request that queued it, if one did.
    return withRequestId(this.rootLogger, (job.data as { requestId?: unknown })?.requestId, () =>
      handler(job),
    );
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

  /** Queues again what Postgres holds as unsent and the queue has lost. */
  private async requeue() {
    const digests = await this.dispatcher.queueUnsent();
    const invitations = await this.invitations.queueUnsent();
    if (digests.length || invitations.length) {
      this.logger.warn(
        `queued again what the queue did not have: ${digests.length} digests, ` +
          `${invitations.length} invitations`,
      );
    }
    return { digests: digests.length, invitations: invitations.length };
  }

  /**
   * One attempt of a send job, by this worker's settings: a failure is tried again after
   * its `SEND_BACKOFF_MS` (doubling), up to its `SEND_ATTEMPTS`, whatever the process that
   * added the job had. A failure that is final (refused for good, or the last attempt)
   * fails the job without more tries; one before anything was recorded (the database, say)
   * marks the e-mail failed on the last attempt.
   */
  private async attempt<Data>(job: Job<Data>, sender: MailSender<Data>): Promise<unknown> {
    const plan = attemptPlan(job.attemptsMade, this.config);
    const jobId = String(job.id);
    try {
      const outcome = await sender.send(job.data, plan, jobId);
      const status = (outcome as { status?: string } | undefined)?.status ?? 'done';
      this.logger.log(`${jobId}: ${status} (attempt ${plan.attempt})`);
      return outcome;
    } catch (error) {
      const message = (error as Error).message;
      this.logger.warn(
        `${jobId}: attempt ${plan.attempt} of ${this.config.sendAttempts} failed: ${message}`,
      );
      const final = error instanceof SendFailed ? error.final : plan.last;
      if (!final) throw new RetryLater(message, plan.retryInMs);
      if (!(error instanceof SendFailed)) await sender.giveUp(job.data, jobId, message);
      throw new UnrecoverableError(message);
    }
  }
}
