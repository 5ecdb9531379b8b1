import { ConflictException, Injectable } from '@nestjs/common';
import { DELIVERY_STATUSES, RECIPIENT_ROLES, REMINDER_KINDS } from '@pejling/contracts';
import type { ReminderDeliveryRecord } from '@pejling/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../records/actor';
import { assertMay, assertMayDo, mayDo } from '../records/access';
import { ListParams } from '../records/list-params';
import { ResourceReader } from '../records/list-query';
import { notFound } from '../records/versioned-write';
import { ReminderDispatcher } from './reminder-dispatcher';
import { col, nullable } from '../records/columns';

/** What may be sent again: what failed, or waited in the outbox for a mail server. */
const RESENDABLE = ['failed', 'outbox'];

/**
 * The delivery log: what was decided for whom on which day, and what became of it. The
 * secretariat can send a failed delivery again.
 */
@Injectable()
export class ReminderDeliveriesService {
  private readonly reader: ResourceReader<ReminderDeliveryRecord>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatcher: ReminderDispatcher,
  ) {
    this.reader = new ResourceReader<ReminderDeliveryRecord>(dataSource, {
      from: ['reminder_deliveries', 'rd'],
      joins: (qb) =>
        qb
          .innerJoin('reminder_rules', 'r', 'r.id = rd.rule_id')
          .leftJoin('milestones', 'm', 'm.id = rd.milestone_id')
          .leftJoin('reporting_rounds', 'rr', 'rr.id = rd.round_id')
          .innerJoin('initiatives', 'i', 'i.id = coalesce(m.initiative_id, rd.initiative_id)')
          .innerJoin('people', 'p', 'p.id = rd.recipient_person_id'),
      columns: {
        id: col.int(),
        ruleId: col.int(),
        kind: col.oneOf(REMINDER_KINDS)('r.kind'),
        milestoneId: nullable(col.int()),
        milestoneTitle: nullable(col.text('m.title')),
        roundId: nullable(col.int()),
        roundTitle: nullable(col.text('rr.title')),
        initiativeId: col.int('i.id'),
        initiativeCode: col.text('i.code'),
        recipientPersonId: col.int(),
        recipientName: col.text('p.name'),
        recipientRole: col.oneOf(RECIPIENT_ROLES)(),
        day: col.date(`to_char(rd.day, 'YYYY-MM-DD')`),
        status: col.oneOf(DELIVERY_STATUSES)(),
        attempts: col.int(),
        error: nullable(col.text()),
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
        ruleId: { kind: 'id', column: 'rd.rule_id' },
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
   * Sends a failed (or outbox) delivery again, with whatever else is unsent for the same
   * person and day. It is marked pending before its job is added, so that the job finds
   * it; if the job cannot be added, it goes back to failed, saying why.
   */
  async resend(id: number, actor: Actor): Promise<ReminderDeliveryRecord> {
    assertMayDo(actor, 'resend-reminders');
    const delivery = await this.dataSource.transaction(async (tx) => {
      const [row]: { personId: number; day: string; status: string }[] = await tx.query(
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
        `UPDATE reminder_deliveries SET status = 'pending', error = NULL WHERE id = $1`,
        [id],
      );
      return row;
    });
    try {
      await this.dispatcher.enqueueDigests([
        {
          // A job of its own: the digest's first job is finished and kept for a while.
          jobId: `resend-${id}-${Date.now()}`,
          personId: delivery.personId,
          day: delivery.day,
          deliveryIds: [id],
        },
      ]);
    } catch (error) {
      await this.dataSource.query(
        `UPDATE reminder_deliveries SET status = 'failed', error = $2
          WHERE id = $1 AND status = 'pending'`,
        [id, `not sent again: ${(error as Error).message}`],
      );
      throw error;
    }
    await this.dataSource.query(
      `UPDATE reminder_deliveries SET status = 'queued' WHERE id = $1 AND status = 'pending'`,
      [id],
    );
    return this.get(id, actor);
  }

  /** Whatever else a filter says, someone who may not see all sees only their own. */
  private visibleTo(actor: Actor, filter: Record<string, unknown>): Record<string, unknown> {
    if (mayDo(actor, 'list-all-deliveries')) return filter;
    // No person (a system actor without one) matches no delivery.
    return { ...filter, recipientPersonId: actor.personId ?? 0 };
  }
}
