import { Inject, Injectable, ConflictException } from '@nestjs/common';
import {
  DELIVERY_PROBLEMS,
  DELIVERY_STATUSES,
  RECIPIENT_ROLES,
  REMINDER_KINDS,
  UNSENT_STATUSES,
  type DeliveryMessage,
  type DeliveryStatus,
  type MailMode,
  type ReminderDeliveryRecord,
} from '@pejling/contracts';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../core/config/config';
import { APP_CONFIG } from '../core/config/config.module';
import { mailModeOf } from '../core/mail/mailer';
import type { Actor } from '../records/actor';
import { assertMay, assertMayDo, mayDo } from '../records/access';
import { col, nullable } from '../records/columns';
import { ListParams } from '../records/list-params';
import { ResourceReader } from '../records/list-query';
import { notFound } from '../records/versioned-write';
import { thingOf } from './digest/digest';
import { loadDigestItems, loadRecipient } from './digest-input';
import { ReminderDispatcher } from './reminder-dispatcher';
import { LINKS_LEFT_OUT, composeReminderMail, itemsOfOneMail } from './reminder-mails';

/** What may be sent again: what failed, or waited in the outbox for a mail server. */
const RESENDABLE: readonly DeliveryStatus[] = ['failed', 'outbox'];

/**
 * How long past the time it should have been taken an unsent delivery may wait before the
 * log shows it as waiting too long: well beyond the workers' regular check of the queue
 * (`REQUEUE_EVERY_MINUTES`, 5 by default), which queues again what the queue lost.
 */
const STALE_AFTER = `interval '15 minutes'`;

/** An unsent delivery waiting longer than it should: no worker took it, or its worker died. */
const STALE_SQL = `((rd.status IN ('pending', 'queued') AND rd.next_attempt_at < now() - ${STALE_AFTER})
                   OR (rd.status = 'sending' AND rd.claimed_until < now()))`;

/** A delivery sent again: as it is now, and whether its e-mail goes out or to the outbox. */
export type ResentDelivery = ReminderDeliveryRecord & { mail: MailMode };

/**
 * The delivery log: what was decided for whom on which day, and what became of it, with
 * the e-mail each went out in. The secretariat can send a failed delivery again.
 */
@Injectable()
export class ReminderDeliveriesService {
  private readonly reader: ResourceReader<ReminderDeliveryRecord>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatcher: ReminderDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.reader = new ResourceReader<ReminderDeliveryRecord>(dataSource, {
      from: ['reminder_deliveries', 'rd'],
      joins: [
        ['reminder_rules', 'r', 'r.id = rd.rule_id'],
        ['milestones', 'm', 'm.id = rd.milestone_id'],
        ['reporting_rounds', 'rr', 'rr.id = rd.round_id'],
        ['initiatives', 'i', 'i.id = coalesce(m.initiative_id, rd.initiative_id)'],
        ['targets', 't', 't.id = rd.target_id'],
        ['people', 'p', 'p.id = rd.recipient_person_id'],
      ],
      columns: {
        id: col.int(),
        ruleId: col.int(),
        kind: col.oneOf(REMINDER_KINDS)('r.kind'),
        milestoneId: nullable(col.int()),
        milestoneTitle: nullable(col.text('m.title')),
        roundId: nullable(col.int()),
        roundTitle: nullable(col.text('rr.title')),
        initiativeId: nullable(col.int('i.id')),
        initiativeCode: nullable(col.text('i.code')),
        targetId: nullable(col.int()),
        targetNumber: nullable(col.int('t.number')),
        recipientPersonId: col.int(),
        recipientName: col.text('p.name'),
        recipientRole: col.oneOf(RECIPIENT_ROLES)(),
        standsInFor: nullable(col.oneOf(['lead_contact'] as const)()),
        day: col.date(`to_char(rd.day, 'YYYY-MM-DD')`),
        status: col.oneOf(DELIVERY_STATUSES)(),
        attempts: col.int(),
        problem: nullable(col.oneOf(DELIVERY_PROBLEMS)()),
        error: nullable(col.text()),
        nextAttemptAt: col.instant(),
        stale: col.bool(STALE_SQL),
        sentAt: nullable(col.instant()),
        messageId: nullable(col.text()),
        createdAt: col.instant(),
      },
      sortable: ['id', 'day', 'status', 'recipientName', 'milestoneTitle', 'sentAt', 'attempts'],
      defaultSort: ['id', 'DESC'],
      filters: {
        status: { kind: 'enum', column: 'rd.status', values: DELIVERY_STATUSES },
        kind: { kind: 'enum', column: 'r.kind', values: REMINDER_KINDS },
        recipientRole: { kind: 'enum', column: 'rd.recipient_role', values: RECIPIENT_ROLES },
        recipientPersonId: { kind: 'id', column: 'rd.recipient_person_id' },
        milestoneId: { kind: 'id', column: 'rd.milestone_id' },
        initiativeId: { kind: 'id', column: 'i.id' },
        roundId: { kind: 'id', column: 'rd.round_id' },
        targetId: { kind: 'id', column: 'rd.target_id' },
        ruleId: { kind: 'id', column: 'rd.rule_id' },
        stale: { kind: 'boolean', column: STALE_SQL },
        from: { kind: 'dateFrom', column: 'rd.day' },
        to: { kind: 'dateTo', column: 'rd.day' },
      },
    });
  }

  /** The secretariat reads everyone's deliveries; anyone else only their own. */
  async list(params: ListParams, actor: Actor) {
    assertMay(actor, 'reminder-deliveries', 'list');
    return this.reader.list({ ...params, filter: this.visibleTo(actor, params.filter) });
  }

  async get(id: number, actor: Actor): Promise<ReminderDeliveryRecord> {
    assertMay(actor, 'reminder-deliveries', 'show');
    const record = await this.reader.findOne(id);
    // Someone else's delivery is not found, rather than forbidden: its existence is theirs.
    if (
      !record ||
      (!mayDo(actor, 'list-all-deliveries') && record.recipientPersonId !== actor.personId)
    ) {
      throw notFound('reminder delivery', id);
    }
    return record;
  }

  /**
   * The e-mail a delivery went out in, made again from what the deliveries record: the
   * others with its Message-ID; or, before a first attempt, the e-mail it would go out in
   * now, with the recipient's other deliveries of the day that share its state. Titles and
   * names are as they are now. The personal links are left out, so that reading it gives
   * no way in; whoever may see the delivery may read it.
   */
  async message(id: number, actor: Actor): Promise<DeliveryMessage> {
    const delivery = await this.get(id, actor);
    const alike: readonly DeliveryStatus[] = (
      UNSENT_STATUSES as readonly DeliveryStatus[]
    ).includes(delivery.status)
      ? UNSENT_STATUSES
      : [delivery.status];
    const rows: { id: number }[] = delivery.messageId
      ? await this.dataSource.query(
          'SELECT id::int FROM reminder_deliveries WHERE message_id = $1 ORDER BY id',
          [delivery.messageId],
        )
      : await this.dataSource.query(
          `SELECT id::int FROM reminder_deliveries
            WHERE recipient_person_id = $1 AND day = $2 AND message_id IS NULL
              AND status = ANY($3) ORDER BY id`,
          [delivery.recipientPersonId, delivery.day, alike],
        );
    const person = await loadRecipient(this.dataSource, delivery.recipientPersonId);
    if (!person) throw notFound('reminder delivery', id);
    const items = await loadDigestItems(
      this.dataSource,
      rows.map((row) => row.id),
    );
    const own = items.find((item) => item.deliveryId === id) ?? items[0];
    const inMail = delivery.messageId
      ? items
      : itemsOfOneMail(items, person.reminderMode, thingOf(own));
    const mail = await composeReminderMail(person, delivery.day, inMail, LINKS_LEFT_OUT);
    return {
      deliveryIds: [...mail.deliveryIds].sort((a, b) => a - b),
      to: { name: person.name, email: person.email },
      language: person.language,
      subject: mail.subject,
      text: mail.text,
      messageId: delivery.messageId,
      sent: delivery.status === 'sent',
    };
  }

  /**
   * Sends a failed (or outbox) delivery again, as a new e-mail, with whatever else is
   * unsent for the same person and day. It is marked pending before its job is added, so
   * that the job finds it; if the job cannot be added, it goes back to failed, saying why.
   */
  async resend(id: number, actor: Actor): Promise<ResentDelivery> {
    assertMayDo(actor, 'resend-reminders');
    const delivery = await this.dataSource.transaction(async (tx) => {
      const [row]: { personId: number; day: string; status: DeliveryStatus }[] = await tx.query(
        `SELECT recipient_person_id AS "personId", to_char(day, 'YYYY-MM-DD') AS day, status
           FROM reminder_deliveries WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw notFound('reminder delivery', id);
      if (!RESENDABLE.includes(row.status)) {
        throw new ConflictException(
          `reminder delivery ${id} is ${row.status}; only a failed delivery or one in the outbox can be sent again`,
        );
      }
      await tx.query(
        `UPDATE reminder_deliveries
            SET status = 'pending', problem = NULL, error = NULL, message_id = NULL,
                job_id = NULL, next_attempt_at = now()
          WHERE id = $1`,
        [id],
      );
      return row;
    });
    try {
      await this.dispatcher.queueDigest({
        // A job of its own: the digest's first job is finished and kept for a while.
        jobId: `resend-${id}-${Date.now()}`,
        personId: delivery.personId,
        day: delivery.day,
        deliveryIds: [id],
      });
    } catch (error) {
      await this.dataSource.query(
        `UPDATE reminder_deliveries SET status = 'failed', problem = 'not_queued', error = $2
          WHERE id = $1 AND status = 'pending'`,
        [id, (error as Error).message],
      );
      throw error;
    }
    return { ...(await this.get(id, actor)), mail: mailModeOf(this.config) };
  }

  /** Whatever else a filter says, someone who may not see all sees only their own. */
  private visibleTo(actor: Actor, filter: Record<string, unknown>): Record<string, unknown> {
    if (mayDo(actor, 'list-all-deliveries')) return filter;
    // No person (a system actor without one) matches no delivery.
    return { ...filter, recipientPersonId: actor.personId ?? 0 };
  }
}
