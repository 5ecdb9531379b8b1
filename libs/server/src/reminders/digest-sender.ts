import { Inject, Injectable } from '@nestjs/common';
import type { SendDigestJobData } from '@pejling/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../core/config/config';
import { APP_CONFIG } from '../core/config/config.module';
import { Mailer, MailMessage } from '../core/mail/mailer';
import { loadDigestItems, loadRecipient } from './digest-input';
import { composeReminderMail, itemsOfOneMail, personalLinks } from './reminder-mails';
import type { AttemptPlan } from './sending/attempts';
import {
  SendFailed,
  claimLeaseMs,
  claimableSql,
  markSending,
  outcomeOf,
  recordOutcome,
} from './sending/outgoing';

/** What became of a digest. */
export type DigestOutcome =
  | { status: 'nothing to send' }
  | { status: 'sent'; deliveryIds: number[]; messageIds: string[] }
  | { status: 'outbox'; deliveryIds: number[] }
  | { status: 'skipped'; deliveryIds: number[]; reason: string };

/** The next e-mail of a digest, claimed: the message to send and the deliveries it carries. */
type Claimed = { status: 'claimed'; message: MailMessage; deliveryIds: number[] };

/**
 * Sends a person their reminders of a day: everything still unsent for them, in one
 * e-mail (or one per milestone, if they chose so). Jobs run at least once, and Postgres
 * decides what is sent. Each e-mail goes in three steps:
 *
 * 1. claim, in a short transaction: lock the person's unsent deliveries of the day, make
 *    the e-mail's links and choose its Message-ID, and mark the deliveries `sending` by
 *    this job; committed before anything is sent;
 * 2. send, with no transaction open and no row locked, however long the server takes;
 * 3. record what became of it: sent; refused for good (failed at once); or queued for a
 *    retry (failed after the last attempt).
 *
 * A second job for the same digest finds the deliveries claimed and leaves them. A worker
 * that dies between the mail server's answer and the record leaves them `sending`: the
 * job's next run (or, when Redis lost the job, any job once the claim's lease is over)
 * sends the same message again, with the same Message-ID, so that mail systems can drop
 * the copy; its links are new, and the first copy's still work. That is the only way an
 * e-mail goes out twice.
 *
 * The claim waits for locks (no SKIP LOCKED): a row locked by someone else is not being
 * sent; it may be the scan marking it queued, and skipping it would leave it unsent.
 */
@Injectable()
export class DigestSender {
  private readonly appUrl: string;
  private readonly leaseMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.appUrl = config.appUrl.replace(/\/+$/, '');
    this.leaseMs = claimLeaseMs(config.smtpTimeoutMs);
  }

  /**
   * Sends, or keeps in the outbox without a mail server. A failed send is recorded
   * (queued for the retry, or failed when it was refused for good or `plan.last`) and
   * then thrown as `SendFailed`; a refused e-mail does not stop the others of the day.
   */
  async send(
    { personId, day }: SendDigestJobData,
    plan: AttemptPlan,
    jobId: string,
  ): Promise<DigestOutcome> {
    const sent: number[] = [];
    const messageIds: string[] = [];
    let failedForGood: SendFailed | undefined;
    for (;;) {
      const next = await this.dataSource.transaction((tx) =>
        this.claimNext(tx, personId, day, jobId),
      );
      if (next.status !== 'claimed') {
        if (failedForGood) throw failedForGood;
        if (next.status === 'nothing to send' && sent.length) {
          return { status: 'sent', deliveryIds: sent, messageIds };
        }
        return next;
      }
      const result = await this.mailer.send(next.message);
      const outcome = outcomeOf(result, plan);
      await recordOutcome(this.dataSource, 'reminder_deliveries', next.deliveryIds, outcome);
      if (outcome.status === 'queued') {
        // What is left of the day waits for the retry with this one.
        throw new SendFailed(outcome.error, false);
      }
      if (outcome.status === 'failed') {
        // Refused, or out of attempts: the day's other e-mails are tried all the same.
        failedForGood = new SendFailed(outcome.error ?? '', true);
        continue;
      }
      sent.push(...next.deliveryIds);
      messageIds.push(next.message.messageId);
    }
  }

  /**
   * Claims the next e-mail of a person's day. An e-mail already begun (its Message-ID is
   * recorded: an attempt failed, or its worker died) goes again as it was; otherwise the
   * next one is made from what is unsent.
   */
  private async claimNext(
    tx: EntityManager,
    personId: number,
    day: string,
    jobId: string,
  ): Promise<Claimed | Exclude<DigestOutcome, { status: 'sent' }>> {
    const rows: { id: number; messageId: string | null }[] = await tx.query(
      `SELECT id::int, message_id AS "messageId" FROM reminder_deliveries
        WHERE recipient_person_id = $1 AND day = $2 AND ${claimableSql('$3')}
        ORDER BY id
          FOR UPDATE`,
      [personId, day, jobId],
    );
    const ids = rows.map((row) => row.id);
    if (!ids.length) return { status: 'nothing to send' };

    const person = await loadRecipient(tx, personId);
    if (!person?.active) {
      await recordOutcome(tx, 'reminder_deliveries', ids, {
        status: 'failed',
        problem: 'recipient_inactive',
        error: null,
      });
      return { status: 'skipped', deliveryIds: ids, reason: 'the person is no longer active' };
    }
    if (!this.mailer.configured) {
      // Rendered when sent again with a mail server: links made now would only expire.
      await recordOutcome(tx, 'reminder_deliveries', ids, {
        status: 'outbox',
        problem: 'no_mail_server',
        error: null,
      });
      return { status: 'outbox', deliveryIds: ids };
    }

    const begun = rows.find((row) => row.messageId !== null)?.messageId ?? null;
    const items = await loadDigestItems(
      tx,
      begun === null ? ids : rows.filter((row) => row.messageId === begun).map((row) => row.id),
    );
    const mail = await composeReminderMail(
      person,
      day,
      begun === null ? itemsOfOneMail(items, person.reminderMode) : items,
      personalLinks(tx, person.id, this.appUrl),
    );
    const messageId = begun ?? this.mailer.newMessageId();
    await markSending(tx, 'reminder_deliveries', mail.deliveryIds, {
      jobId,
      messageId,
      leaseMs: this.leaseMs,
    });
    return {
      status: 'claimed',
      deliveryIds: mail.deliveryIds,
      message: {
        to: { name: person.name, address: person.email },
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        messageId,
      },
    };
  }

  /**
   * Marks what is left of a digest failed when its last attempt ends in an error before
   * anything was recorded (the database or the rendering, not the mail server).
   */
  async giveUp({ personId, day }: SendDigestJobData, jobId: string, error: string) {
    await this.dataSource.query(
      `UPDATE reminder_deliveries
          SET status = 'failed', problem = 'internal', error = $4, claimed_until = NULL
        WHERE recipient_person_id = $1 AND day = $2 AND ${claimableSql('$3')}`,
      [personId, day, jobId, error],
    );
  }
}
