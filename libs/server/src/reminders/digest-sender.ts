import { Inject, Injectable } from '@nestjs/common';
import type { SendDigestJobData } from '@pejling/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../core/config/config';
import { APP_CONFIG } from '../core/config/config.module';
import { Mailer } from '../core/mail/mailer';
import { loadRecipient } from './digest-input';
import { nextReminderMail } from './reminder-mails';

/** What became of a digest. */
export type DigestOutcome =
  | { status: 'nothing to send' }
  | { status: 'sent'; deliveryIds: number[]; messageIds: string[] }
  | { status: 'outbox'; deliveryIds: number[] }
  | { status: 'skipped'; deliveryIds: number[]; reason: string }
  | { status: 'failed'; deliveryIds: number[]; error: string };

/** A send that failed, after its attempt was recorded; the job rethrows it to be retried. */
export class SendFailed extends Error {}

/**
 * Sends a person their digest of a day: everything still pending or queued for them, in
 * one e-mail (or one per milestone, if they chose so). Jobs run at least once, so
 * Postgres decides: the deliveries are locked for the send and marked sent with the
 * message id in the same transaction, and a second run finds nothing left to send. Each
 * e-mail has a transaction of its own, so that a worker that dies between two e-mails
 * has recorded the first as sent.
 *
 * The lock waits (no SKIP LOCKED): a row locked by someone else is not one being sent. It
 * may be the scan marking it queued, and skipping it would leave it unsent for good. A
 * second job for the same digest waits for the first, then finds its rows sent.
 */
@Injectable()
export class DigestSender {
  private readonly appUrl: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.appUrl = config.appUrl.replace(/\/+$/, '');
  }

  /**
   * Sends, or keeps in the outbox without a mail server. A failed send is recorded
   * (attempts, error; `failed` when `lastAttempt`) and then thrown as `SendFailed`.
   */
  async send({ personId, day }: SendDigestJobData, lastAttempt: boolean): Promise<DigestOutcome> {
    const sent: number[] = [];
    const messageIds: string[] = [];
    for (;;) {
      const outcome = await this.dataSource.transaction((tx) =>
        this.sendNext(tx, personId, day, lastAttempt),
      );
      if (outcome.status === 'sent') {
        sent.push(...outcome.deliveryIds);
        messageIds.push(...outcome.messageIds);
        continue;
      }
      if (outcome.status === 'failed') throw new SendFailed(outcome.error);
      if (outcome.status === 'nothing to send' && sent.length) {
        return { status: 'sent', deliveryIds: sent, messageIds };
      }
      return outcome;
    }
  }

  /** Sends the next e-mail of what is unsent, and records what became of it. */
  private async sendNext(
    tx: EntityManager,
    personId: number,
    day: string,
    lastAttempt: boolean,
  ): Promise<DigestOutcome> {
    const locked: { id: number }[] = await tx.query(
      `SELECT id::int FROM reminder_deliveries
        WHERE recipient_person_id = $1 AND day = $2 AND status IN ('pending', 'queued')
        ORDER BY id
          FOR UPDATE`,
      [personId, day],
    );
    const ids = locked.map((row) => row.id);
    if (!ids.length) return { status: 'nothing to send' };

    const person = await loadRecipient(tx, personId);
    if (!person?.active) {
      const reason = 'not sent: the person is no longer active';
      await mark(tx, ids, `status = 'failed', error = $2`, [reason]);
      return { status: 'skipped', deliveryIds: ids, reason };
    }
    if (!this.mailer.configured) {
      // Rendered when sent again with a mail server: links made now would only expire.
      await mark(tx, ids, `status = 'outbox', error = $2`, ['not sent: no mail server configured']);
      return { status: 'outbox', deliveryIds: ids };
    }
    const mail = await nextReminderMail(tx, person, day, ids, this.appUrl);
    try {
      const { messageId } = await this.mailer.send({
        to: { name: person.name, address: person.email },
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
      });
      await mark(
        tx,
        mail.deliveryIds,
        `status = 'sent', sent_at = now(), message_id = $2, error = NULL, attempts = attempts + 1`,
        [messageId],
      );
      return { status: 'sent', deliveryIds: mail.deliveryIds, messageIds: [messageId] };
    } catch (failure) {
      // What is left of the day waits for the next attempt with this one.
      const error = (failure as Error).message || String(failure);
      await mark(tx, ids, `status = $2, error = $3, attempts = attempts + 1`, [
        lastAttempt ? 'failed' : 'queued',
        error,
      ]);
      return { status: 'failed', deliveryIds: ids, error };
    }
  }

  /**
   * Marks what is left of a digest failed when its last attempt ends in an error before
   * anything was recorded (the database or the rendering, not the mail server).
   */
  async giveUp({ personId, day }: SendDigestJobData, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE reminder_deliveries SET status = 'failed', error = $3
        WHERE recipient_person_id = $1 AND day = $2 AND status IN ('pending', 'queued')`,
      [personId, day, error],
    );
  }
}

function mark(tx: EntityManager, ids: number[], set: string, params: unknown[]) {
  return tx.query(`UPDATE reminder_deliveries SET ${set} WHERE id = ANY($1)`, [ids, ...params]);
}
