import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AUDIT_ACTIONS, AuditEventRecord, RESOURCES } from '@pejling/contracts';
import type { Actor } from '../records/actor';
import { assertMay } from '../records/access';
import { ListParams } from '../records/list-params';
import { ResourceReader } from '../records/list-query';
import { notFound } from '../records/versioned-write';
import { col, nullable } from '../records/columns';
import { withReferences } from './audit-references';

/** The day of an event in Copenhagen, for date filters. */
const DAY = `(ae.at AT TIME ZONE 'Europe/Copenhagen')::date`;

type StoredEvent = Omit<AuditEventRecord, 'references'>;

/**
 * The audit trail, read-only: who changed what, when, before and after, and the names of
 * the records each event refers to.
 */
@Injectable()
export class AuditEventsService {
  private readonly reader: ResourceReader<StoredEvent>;

  constructor(private readonly dataSource: DataSource) {
    this.reader = new ResourceReader<StoredEvent>(dataSource, {
      from: ['audit_events', 'ae'],
      columns: {
        id: col.int(),
        at: col.instant(),
        personId: nullable(col.int()),
        personName: nullable(col.text()),
        resource: col.text(),
        recordId: col.int(),
        action: col.oneOf(AUDIT_ACTIONS)(),
        before: nullable(col.json<Record<string, unknown>>()()),
        after: nullable(col.json<Record<string, unknown>>()()),
        initiativeId: nullable(col.int()),
      },
      sortable: ['id', 'at', 'resource', 'recordId', 'personId', 'action'],
      defaultSort: ['at', 'DESC'],
      filters: {
        resource: { kind: 'enum', column: 'ae.resource', values: RESOURCES },
        recordId: { kind: 'integer', column: 'ae.record_id' },
        personId: { kind: 'id', column: 'ae.person_id' },
        initiativeId: { kind: 'id', column: 'ae.initiative_id' },
        action: { kind: 'enum', column: 'ae.action', values: AUDIT_ACTIONS },
        from: { kind: 'dateFrom', column: DAY },
        to: { kind: 'dateTo', column: DAY },
      },
    });
  }

  async list(params: ListParams, actor: Actor) {
    assertMay(actor, 'audit-events', 'list');
    const { rows, total } = await this.reader.list(params);
    return { rows: await withReferences(this.dataSource, rows), total };
  }

  async get(id: number, actor: Actor): Promise<AuditEventRecord> {
    assertMay(actor, 'audit-events', 'show');
    const record = await this.reader.findOne(id);
    if (!record) throw notFound('audit event', id);
    const [event] = await withReferences(this.dataSource, [record]);
    return event;
  }
}
