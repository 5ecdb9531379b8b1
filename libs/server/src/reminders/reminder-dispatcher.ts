import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QueuedDigest, QUEUES, REMINDER_JOBS, SendDigestJobData } from '@pejling/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { addJobs, fromRedis, sendJobOptions } from '../core/queue/send-jobs';
import { ScanOptions, recordDueReminders } from './reminder-scan';
import {
  REQUEUE_GRACE_MS,
  UnsentRow,
  markQueued,
  mayBeLostSql,
  withoutLiveJob,
} from './sending/queueing';

/**
 * The job id of a digest: the person, the day and the newest delivery in it. Two scans
 * that see the same deliveries add one job; a delivery recorded later in the day (a
 * milestone added, a run by hand) gets a job of its own, which sends what is still unsent.
 * BullMQ job ids must not contain `:`.
 */
export function digestJobId(personId: number, day: string, newestDeliveryId: number): string {
  return `digest-${personId}-${day}-${newestDeliveryId}`;
}

/** How long a preview waits for Redis to tell whether it answers at all. */
const PREVIEW_TIMEOUT_MS = 1_000;

interface UnsentDelivery extends UnsentRow {
  personId: number;
  day: string;
}

/**
 * Records what is due on a day and queues one digest per recipient: the daily scan job,
 * `POST /api/reminders/run` and the reporting rounds (opening one, reminding its missing
 * reports now) all come here. The delivery rows in Postgres are the truth; a job only
 * says "look at this person's deliveries of this day".
 */
@Injectable()
export class ReminderDispatcher {
  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.reminders) private readonly queue: Queue,
  ) {}

  async dispatch(
    day: string,
    options: ScanOptions = {},
  ): Promise<{ recorded: number; queued: QueuedDigest[] }> {
    const recorded = await recordDueReminders(this.dataSource, day, options);
    return { recorded: recorded.length, queued: await this.queueUnsent(day) };
  }

  /**
   * Queues a digest job per person and day for the deliveries the queue does not have in
   * hand: those never queued (a new scan's, or one whose job could not be added while
   * Redis was away), and those whose job Redis has lost or that a dead worker left half
   * sent. Of `day`, or, without one (the worker's regular check), of every day.
   */
  async queueUnsent(day?: string): Promise<QueuedDigest[]> {
    const digests = await this.unsentDigests(day);
    await this.enqueue(digests);
    return digests.map(({ rows: _rows, ...digest }) => digest);
  }

  /**
   * The people a run of `day` would queue e-mail to for what is recorded already (see
   * `queueUnsent`); throws when Redis does not answer, as the run would.
   */
  async peopleWithUnqueued(day: string): Promise<number[]> {
    // A preview asks quickly: it is a question, not a send.
    await fromRedis(this.queue.count(), 'the reminders', PREVIEW_TIMEOUT_MS);
    return (await this.unsentDigests(day)).map((digest) => digest.personId);
  }

  /** The digests `queueUnsent` queues. */
  private async unsentDigests(day?: string) {
    const candidates: UnsentDelivery[] = await this.dataSource.query(
      `SELECT id::int, job_id AS "jobId", recipient_person_id AS "personId",
              to_char(day, 'YYYY-MM-DD') AS day
         FROM reminder_deliveries
        WHERE ($2::date IS NULL OR day = $2::date)
          AND (${mayBeLostSql('reminder_deliveries', '$1')}
               -- the day's own run queues what it has just recorded, at once
               OR (status = 'pending' AND $2::date IS NOT NULL))
        ORDER BY recipient_person_id, day, id`,
      [REQUEUE_GRACE_MS, day ?? null],
    );
    return groupByPersonAndDay(
      await fromRedis(withoutLiveJob(this.queue, candidates), 'the reminders'),
    );
  }

  /** Queues one digest whose deliveries were never queued (one sent again by hand). */
  async queueDigest(digest: QueuedDigest): Promise<void> {
    await this.enqueue([
      { ...digest, rows: digest.deliveryIds.map((id) => ({ id, jobId: null })) },
    ]);
  }

  /**
   * Adds the digests' send jobs, then records their deliveries as queued under them; a
   * Redis that does not answer is a 503, and the deliveries stay as they were.
   */
  private async enqueue(digests: (QueuedDigest & { rows: UnsentRow[] })[]): Promise<void> {
    if (!digests.length) return;
    await addJobs(
      this.queue,
      digests.map((d) => ({
        name: REMINDER_JOBS.sendDigest,
        data: { personId: d.personId, day: d.day } satisfies SendDigestJobData,
        opts: sendJobOptions(d.jobId),
      })),
      'the reminders',
    );
    await markQueued(
      this.dataSource,
      'reminder_deliveries',
      digests.map((d) => ({ rows: d.rows, jobId: d.jobId })),
    );
  }
}

/**
 * The digests of unsent deliveries, one per person and day. A digest of deliveries never
 * queued gets the digest's job id, so that two runs at once add one job; one that is
 * queued again gets a new id, as its old job may still be kept in Redis as finished.
 */
function groupByPersonAndDay(rows: UnsentDelivery[]): (QueuedDigest & { rows: UnsentRow[] })[] {
  const groups = new Map<string, UnsentDelivery[]>();
  for (const row of rows) {
    const key = `${row.personId} ${row.day}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const again = Date.now();
  return [...groups.values()].map((group) => {
    const { personId, day } = group[0];
    const ids = group.map((row) => row.id);
    const jobId = digestJobId(personId, day, ids[ids.length - 1]);
    const fresh = group.every((row) => row.jobId === null);
    return {
      jobId: fresh ? jobId : `${jobId}-again-${again}`,
      personId,
      day,
      deliveryIds: ids,
      rows: group.map(({ id, jobId }) => ({ id, jobId })),
    };
  });
}
