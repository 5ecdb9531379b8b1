import type { DeliveryProblem } from '@pejling/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { SendResult } from '../../core/mail/mailer';
import type { AttemptPlan } from './attempts';

/**
 * Where e-mails on their way are recorded, with the same columns: reminder deliveries
 * (one e-mail carries several) and invitations (one each).
 */
export type MailTable = 'reminder_deliveries' | 'invitations';

type Db = DataSource | EntityManager;

/**
 * How long a worker that has claimed an e-mail may take to send it before another may
 * take it over: a few of the mail server's waits (connect, greet, answer the envelope and
 * the message), each at most `SMTP_TIMEOUT_MS`.
 */
export function claimLeaseMs(smtpTimeoutMs: number): number {
  return 4 * smtpTimeoutMs;
}

/**
 * The rows job `$jobParam` may take to send: those not sent yet, those this same job was
 * sending when its run died (BullMQ runs it again), and those whose sender's lease ran
 * out (its worker died, and its job went with Redis).
 */
export function claimableSql(jobParam: string): string {
  return `(status IN ('pending', 'queued')
           OR (status = 'sending' AND (job_id = ${jobParam} OR claimed_until < now())))`;
}

/**
 * Records that a job is about to send these rows as one e-mail with `messageId`, before
 * the mail server hears of it: committed, the Message-ID (and the links made in the same
 * transaction) survive a crash during the send, and a retry sends the very same message.
 */
export async function markSending(
  db: Db,
  table: MailTable,
  ids: number[],
  claim: { jobId: string; messageId: string; leaseMs: number },
): Promise<void> {
  await db.query(
    `UPDATE ${table}
        SET status = 'sending', job_id = $2, message_id = $3, attempts = attempts + 1,
            claimed_until = now() + $4 * interval '1 millisecond', problem = NULL, error = NULL
      WHERE id = ANY($1)`,
    [ids, claim.jobId, claim.messageId, claim.leaseMs],
  );
}

/**
 * A send that failed, after its attempt was recorded; `final` when it is not to be tried
 * again (refused for good, or the last attempt), so that the job is not retried.
 */
export class SendFailed extends Error {
  constructor(
    message: string,
    readonly final: boolean,
  ) {
    super(message);
  }
}

/** What the rows of an e-mail say after an attempt, or instead of one. */
export type Outcome =
  | { status: 'sent' }
  | { status: 'queued'; problem: 'temporary'; error: string; retryInMs: number }
  | { status: 'failed' | 'outbox'; problem: DeliveryProblem; error: string | null };

/**
 * What an attempt's result means: sent; refused for good (a 5xx) and failed at once; or,
 * for a failure that may pass, queued for the retry, unless this was the last attempt.
 */
export function outcomeOf(result: SendResult, plan: AttemptPlan): Outcome {
  if (result.sent) return { status: 'sent' };
  if (result.permanent) return { status: 'failed', problem: 'refused', error: result.error };
  if (plan.last) return { status: 'failed', problem: 'temporary', error: result.error };
  return { status: 'queued', problem: 'temporary', error: result.error, retryInMs: plan.retryInMs };
}

/**
 * Records an outcome on the rows of one e-mail, in one statement (several e-mails' rows
 * could be recorded together the same way). Nothing but `sent` overwrites a row that
 * another worker has recorded as sent meanwhile.
 */
export async function recordOutcome(
  db: Db,
  table: MailTable,
  ids: number[],
  outcome: Outcome,
): Promise<void> {
  if (outcome.status === 'sent') {
    await db.query(
      `UPDATE ${table}
          SET status = 'sent', sent_at = pejling_now(), problem = NULL, error = NULL, claimed_until = NULL
        WHERE id = ANY($1)`,
      [ids],
    );
    return;
  }
  const retryInMs = outcome.status === 'queued' ? outcome.retryInMs : 0;
  await db.query(
    `UPDATE ${table}
        SET status = $2, problem = $3, error = $4, claimed_until = NULL,
            next_attempt_at = now() + $5 * interval '1 millisecond'
      WHERE id = ANY($1) AND status <> 'sent'`,
    [ids, outcome.status, outcome.problem, outcome.error, retryInMs],
  );
}
