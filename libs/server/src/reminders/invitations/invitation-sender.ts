import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import {
  QUEUES,
  REMINDER_JOBS,
  type DeliveryProblem,
  type Language,
  type SendInvitationJobData,
} from '@pejling/contracts';
import type { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { invitationJobId, issuePasswordToken, setPasswordUrl } from '../../auth/invitations';
import type { AppConfig } from '../../core/config/config';
import { APP_CONFIG } from '../../core/config/config.module';
import { Mailer, MailMessage } from '../../core/mail/mailer';
import { addJobs, fromRedis, sendJobOptions } from '../../core/queue/send-jobs';
import type { AttemptPlan } from '../sending/attempts';
import {
  SendFailed,
  claimLeaseMs,
  claimableSql,
  markSending,
  outcomeOf,
  recordOutcome,
} from '../sending/outgoing';
import { REQUEUE_GRACE_MS, markQueued, mayBeLostSql, withoutLiveJob } from '../sending/queueing';
import { renderInvitation } from './invitation-mail';
import { Clock } from '../../core/clock/clock';

/** What became of an invitation's e-mail. */
export type InvitationOutcome =
  | { status: 'nothing to send' | 'sent' | 'outbox' }
  | { status: 'skipped'; reason: DeliveryProblem };

interface InvitationRow {
  id: number;
  messageId: string | null;
  expiresAt: Date;
  expired: boolean;
  superseded: boolean;
  name: string;
  email: string;
  language: Language;
  active: boolean;
}

/**
 * E-mails invitations (the worker side of `InvitationsService`), in the three steps of
 * every e-mail Pejling sends (see `DigestSender`): claim (a new link, the Message-ID,
 * `sending`, committed), send without a transaction, record. An invitation replaced by a
 * newer one, or expired, is not sent.
 */
@Injectable()
export class InvitationSender {
  private readonly appUrl: string;
  private readonly leaseMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @InjectQueue(QUEUES.reminders) private readonly queue: Queue,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.appUrl = config.appUrl;
    this.leaseMs = claimLeaseMs(config.smtpTimeoutMs);
  }

  async send(
    { invitationId }: SendInvitationJobData,
    plan: AttemptPlan,
    jobId: string,
  ): Promise<InvitationOutcome> {
    const next = await this.dataSource.transaction((tx) => this.claim(tx, invitationId, jobId));
    if (!('message' in next)) return next;
    const outcome = outcomeOf(await this.mailer.send(next.message), plan);
    await recordOutcome(this.dataSource, 'invitations', [invitationId], outcome);
    if (outcome.status !== 'sent') {
      throw new SendFailed(outcome.error ?? '', outcome.status === 'failed');
    }
    return { status: 'sent' };
  }

  private async claim(
    tx: EntityManager,
    invitationId: number,
    jobId: string,
  ): Promise<InvitationOutcome | { message: MailMessage }> {
    const [row]: InvitationRow[] = await tx.query(
      `SELECT i.id, i.message_id AS "messageId", i.expires_at AS "expiresAt",
              i.expires_at <= now() AS expired,
              i.id <> (SELECT max(n.id) FROM invitations n WHERE n.person_id = i.person_id) AS superseded,
              p.name, p.email, p.language, p.active
         FROM invitations i JOIN people p ON p.id = i.person_id
        WHERE i.id = $1 AND ${claimableSql('$2')}
          FOR UPDATE OF i`,
      [invitationId, jobId],
    );
    if (!row) return { status: 'nothing to send' };
    const skipped: DeliveryProblem | undefined = !row.active
      ? 'recipient_inactive'
      : row.superseded
        ? 'superseded'
        : row.expired
          ? 'expired'
          : undefined;
    if (skipped) {
      await recordOutcome(tx, 'invitations', [row.id], {
        status: 'failed',
        problem: skipped,
        error: null,
      });
      return { status: 'skipped', reason: skipped };
    }
    if (!this.mailer.configured) {
      await recordOutcome(tx, 'invitations', [row.id], {
        status: 'outbox',
        problem: 'no_mail_server',
        error: null,
      });
      return { status: 'outbox' };
    }
    const token = await issuePasswordToken(tx, row.id);
    const mail = renderInvitation({
      person: row,
      url: setPasswordUrl(this.appUrl, token),
      // The link expires in real time; the e-mail says when on the story's clock.
      expiresAt: this.clock.toStory(row.expiresAt).toISOString(),
    });
    const messageId = row.messageId ?? this.mailer.newMessageId();
    await markSending(tx, 'invitations', [row.id], { jobId, messageId, leaseMs: this.leaseMs });
    return { message: { ...mail, to: { name: row.name, address: row.email }, messageId } };
  }

  /** Marks an invitation's e-mail failed when its last attempt ends before anything was recorded. */
  async giveUp({ invitationId }: SendInvitationJobData, jobId: string, error: string) {
    await this.dataSource.query(
      `UPDATE invitations SET status = 'failed', problem = 'internal', error = $3, claimed_until = NULL
        WHERE id = $1 AND ${claimableSql('$2')}`,
      [invitationId, jobId, error],
    );
  }

  /**
   * Queues the e-mail of every invitation the queue does not have in hand: never queued
   * (Redis was away when it was made), or its job lost. Answers their ids.
   */
  async queueUnsent(): Promise<number[]> {
    const candidates: { id: number; jobId: string | null }[] = await this.dataSource.query(
      `SELECT id, job_id AS "jobId" FROM invitations
        WHERE ${mayBeLostSql('invitations', '$1')} ORDER BY id`,
      [REQUEUE_GRACE_MS],
    );
    const lost = await fromRedis(withoutLiveJob(this.queue, candidates), 'the invitations');
    if (!lost.length) return [];
    const again = Date.now();
    const jobs = lost.map((row) => ({ row, jobId: `${invitationJobId(row.id)}-again-${again}` }));
    await addJobs(
      this.queue,
      jobs.map(({ row, jobId }) => ({
        name: REMINDER_JOBS.sendInvitation,
        data: { invitationId: row.id } satisfies SendInvitationJobData,
        opts: sendJobOptions(jobId),
      })),
      'the invitations',
    );
    await markQueued(
      this.dataSource,
      'invitations',
      jobs.map(({ row, jobId }) => ({ rows: [row], jobId })),
    );
    return lost.map((row) => row.id);
  }
}
