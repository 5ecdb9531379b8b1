import { Injectable } from '@nestjs/common';
import { DELIVERY_STATUSES, RECIPIENT_ROLES, REMINDER_KINDS } from '@pejling/contracts';
import type { ReminderDeliveryRecord } from '@pejling/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { mayDo } from '../auth/permissions';
import { ListParams } from '../core/http/list-params';
import { ResourceReader } from '../core/http/list-query';

/** The delivery log, read-only: what was decided for whom on which day, and what became of it. */
@Injectable()
export class ReminderDeliveriesService {
  private readonly reader: ResourceReader<ReminderDeliveryRecord>;

  constructor(dataSource: DataSource) {
    this.reader = new ResourceReader<ReminderDeliveryRecord>(dataSource, {
      from: ['reminder_deliveries', 'rd'],
      joins: (qb) =>
        qb
          .innerJoin('reminder_rules', 'r', 'r.id = rd.rule_id')
          .innerJoin('milestones', 'm', 'm.id = rd.milestone_id')
          .innerJoin('initiatives', 'i', 'i.id = m.initiative_id')
          .innerJoin('people', 'p', 'p.id = rd.recipient_person_id'),
      select: {
        id: 'rd.id',
        ruleId: 'rd.rule_id',
        kind: 'r.kind',
        milestoneId: 'rd.milestone_id',
        milestoneTitle: 'm.title',
        initiativeId: 'm.initiative_id',
        initiativeCode: 'i.code',
        recipientPersonId: 'rd.recipient_person_id',
        recipientName: 'p.name',
        recipientRole: 'rd.recipient_role',
        day: `to_char(rd.day, 'YYYY-MM-DD')`,
        status: 'rd.status',
        attempts: 'rd.attempts',
        error: 'rd.error',
        sentAt: 'rd.sent_at',
        messageId: 'rd.message_id',
        createdAt: 'rd.created_at',
      },
      sortable: ['id', 'day', 'status', 'recipientName', 'milestoneTitle', 'sentAt', 'attempts'],
      defaultSort: ['id', 'DESC'],
      filters: {
        status: { kind: 'enum', column: 'rd.status', values: DELIVERY_STATUSES },
        kind: { kind: 'enum', column: 'r.kind', values: REMINDER_KINDS },
        recipientRole: { kind: 'enum', column: 'rd.recipient_role', values: RECIPIENT_ROLES },
        recipientPersonId: { kind: 'id', column: 'rd.recipient_person_id' },
        milestoneId: { kind: 'id', column: 'rd.milestone_id' },
        initiativeId: { kind: 'id', column: 'm.initiative_id' },
        ruleId: { kind: 'id', column: 'rd.rule_id' },
        from: { kind: 'dateFrom', column: 'rd.day' },
        to: { kind: 'dateTo', column: 'rd.day' },
      },
      // bigint ids arrive as strings.
      toRecord: (raw) => ({ ...raw, id: Number(raw['id']) }) as unknown as ReminderDeliveryRecord,
    });
  }

  /** The secretariat reads everyone's deliveries; anyone else only their own. */
  async list(params: ListParams, actor: Actor) {
    if (mayDo(actor, 'list-all-deliveries')) return this.reader.list(params);
    if (actor.personId === null) return { rows: [], total: 0 };
    // Whatever else the filter says, the recipient is the actor.
    const own = { ...params.filter, recipientPersonId: actor.personId };
    return this.reader.list({ ...params, filter: own });
  }
}
