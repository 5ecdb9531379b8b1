import type { Queue } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import type { MailTable } from './outgoing';

/** The states of a job the queue still has in hand. */
const LIVE_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'];

/**
 * How long a row recorded but never queued (`pending`) is left to the run that recorded
 * it, which queues it a moment later, before another takes it as lost.
 */
export const REQUEUE_GRACE_MS = 60_000;

/**
 * Unsent rows that the queue may have lost, as SQL over `table`: queued (their job is
 * then asked for), never queued for longer than the grace (`graceParam`, in
 * milliseconds), or claimed by a worker whose lease has run out.
 */
export function mayBeLostSql(table: MailTable, graceParam: string): string {
  return `(${table}.status = 'queued'
           OR (${table}.status = 'pending'
               AND ${table}.next_attempt_at < now() - ${graceParam} * interval '1 millisecond')
           OR (${table}.status = 'sending' AND ${table}.claimed_until < now()))`;
}

/** An unsent row and the job it was last given (null: never queued). */
export interface UnsentRow {
  id: number;
  jobId: string | null;
}

/**
 * Of unsent rows, those the queue no longer knows: never queued, or their job is gone
 * (Redis lost it) or finished without sending them.
 */
export async function withoutLiveJob<Row extends UnsentRow>(
  queue: Queue,
  rows: Row[],
): Promise<Row[]> {
  const jobIds = [...new Set(rows.flatMap((row) => (row.jobId === null ? [] : [row.jobId])))];
  const states = new Map(
    await Promise.all(jobIds.map(async (id) => [id, await queue.getJobState(id)] as const)),
  );
  return rows.filter(
    (row) => row.jobId === null || !LIVE_STATES.includes(states.get(row.jobId) ?? ''),
  );
}

/**
 * Records that rows are in the queue under new jobs, as of now. A row is left alone when
 * it has changed since it was read (a worker claimed it meanwhile, or another run queued
 * it): it is in hand.
 */
export async function markQueued(
  db: DataSource | EntityManager,
  table: MailTable,
  queued: { rows: UnsentRow[]; jobId: string }[],
): Promise<void> {
  const rows = queued.flatMap(({ rows, jobId }) =>
    rows.map((row) => ({ ...row, newJobId: jobId })),
  );
  if (!rows.length) return;
  await db.query(
    `UPDATE ${table} t
        SET status = 'queued', job_id = q.new_job_id, next_attempt_at = now(), claimed_until = NULL
       FROM unnest($1::bigint[], $2::text[], $3::text[]) AS q(id, old_job_id, new_job_id)
      WHERE t.id = q.id AND t.job_id IS NOT DISTINCT FROM q.old_job_id
        AND (t.status IN ('pending', 'queued') OR (t.status = 'sending' AND t.claimed_until < now()))`,
    [rows.map((r) => r.id), rows.map((r) => r.jobId), rows.map((r) => r.newJobId)],
  );
}
