import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { QueuedDigest, QUEUES, REMINDER_JOBS, SendDigestJobData } from '@pejling/contracts';
import type { JobsOptions, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../core/config/config';
import { APP_CONFIG } from '../core/config/config.module';
import { ScanOptions, recordDueReminders } from './reminder-scan';

/** How long adding jobs may take before the caller is told the queue is unavailable. */
const ENQUEUE_TIMEOUT_MS = 5_000;

/**
 * The job id of a digest: the person, the day and the newest delivery in it. Two scans
 * that see the same deliveries add one job; a delivery recorded later in the day (a
 * milestone added, a run by hand) gets a job of its own, which sends what is still unsent.
 * BullMQ job ids must not contain `:`.
 */
export function digestJobId(personId: number, day: string, newestDeliveryId: number): string {
  return `digest-${personId}-${day}-${newestDeliveryId}`;
}

/**
 * Records what is due on a day and queues one digest per recipient: the daily scan job,
 * `POST /api/reminders/run` and the reporting rounds (opening one, reminding its missing
 * reports now) all come here. The delivery rows in Postgres are the
 * truth; a job only says "look at this person's deliveries of this day".
 */
@Injectable()
export class ReminderDispatcher {
  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.reminders) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async dispatch(
    day: string,
    options: ScanOptions = {},
  ): Promise<{ recorded: number; queued: QueuedDigest[] }> {
    const recorded = await recordDueReminders(this.dataSource, day, options);
    // Not only what this scan added: a delivery whose job could not be added before
    // (Redis away) is still pending, and is queued now.
    const digests = await this.pendingDigests(day);
    if (!digests.length) return { recorded: recorded.length, queued: [] };
    await this.enqueueDigests(digests);
    const ids = digests.flatMap((d) => d.deliveryIds);
    // Only those still pending, and not those a worker has locked to send right now
    // (it marks them sent): waiting for its locks would hold this request up for as long
    // as the sends take. Never the other way round: see DigestSender.
    await this.dataSource.query(
      `UPDATE reminder_deliveries SET status = 'queued'
        WHERE id IN (SELECT id FROM reminder_deliveries
                      WHERE id = ANY($1) AND status = 'pending'
                        FOR UPDATE SKIP LOCKED)`,
      [ids],
    );
    return { recorded: recorded.length, queued: digests };
  }

  private async pendingDigests(day: string): Promise<QueuedDigest[]> {
    const rows: { personId: number; deliveryIds: string[] }[] = await this.dataSource.query(
      `SELECT recipient_person_id AS "personId", array_agg(id ORDER BY id) AS "deliveryIds"
         FROM reminder_deliveries
        WHERE day = $1 AND status = 'pending'
        GROUP BY recipient_person_id
        ORDER BY recipient_person_id`,
      [day],
    );
    return rows.map(({ personId, deliveryIds }) => {
      const ids = deliveryIds.map(Number);
      return {
        jobId: digestJobId(personId, day, ids[ids.length - 1]),
        personId,
        day,
        deliveryIds: ids,
      };
    });
  }

  /** Adds the digests' send jobs; a Redis that does not answer is a 503, not a hang. */
  async enqueueDigests(digests: QueuedDigest[]): Promise<void> {
    const jobs = digests.map((d) => ({
      name: REMINDER_JOBS.sendDigest,
      data: { personId: d.personId, day: d.day } satisfies SendDigestJobData,
      opts: { jobId: d.jobId, ...this.sendOptions() },
    }));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Redis did not answer within ${ENQUEUE_TIMEOUT_MS} ms`)),
        ENQUEUE_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([this.queue.addBulk(jobs), timeout]);
    } catch (error) {
      throw new ServiceUnavailableException(
        `could not queue the reminders: ${(error as Error).message}`,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  /** Retries with exponential backoff; finished jobs are kept a while for inspection. */
  private sendOptions(): JobsOptions {
    return {
      attempts: this.config.sendAttempts,
      backoff: { type: 'exponential', delay: this.config.sendBackoffMs },
      removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    };
  }
}
