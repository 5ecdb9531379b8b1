import {
  NAME_FIELDS,
  isAudited,
  referenceOf,
  type AuditEventRecord,
  type AuditReference,
  type AuditReferences,
  type AuditedResource,
  type NameField,
} from '@pejling/contracts';
import type { DataSource } from 'typeorm';

/**
 * Where each resource's records are and the SQL of the fields that name them
 * (`NAME_FIELDS`), the table's alias being `t`.
 */
const NAMING: { [R in AuditedResource]: { from: string; fields: Record<NameField<R>, string> } } = {
  strategies: { from: 'strategies t', fields: { name: 't.name' } },
  'focus-areas': { from: 'focus_areas t', fields: { code: 't.code', title: 't.title' } },
  initiatives: { from: 'initiatives t', fields: { code: 't.code', title: 't.title' } },
  milestones: { from: 'milestones t', fields: { title: 't.title' } },
  organisations: {
    from: 'organisations t',
    fields: { shortName: 't.short_name', name: 't.name' },
  },
  people: { from: 'people t', fields: { name: 't.name' } },
  targets: { from: 'targets t', fields: { number: 't.number', title: 't.title' } },
  measurements: {
    from: 'measurements t JOIN target_series s ON s.id = t.series_id',
    fields: { targetId: 's.target_id', year: 't.year', region: 't.region' },
  },
  'status-reports': {
    from: 'status_reports t',
    fields: { reportDate: 't.report_date', initiativeId: 't.initiative_id' },
  },
  'reporting-rounds': { from: 'reporting_rounds t', fields: { title: 't.title' } },
  'round-outcomes': { from: 'round_outcomes t', fields: { text: 't.text' } },
  comments: { from: 'comments t', fields: { body: 't.body' } },
  attachments: { from: 'attachments t', fields: { fileName: 't.file_name' } },
  'reminder-rules': {
    from: 'reminder_rules t',
    fields: {
      kind: 't.kind',
      days: 't.days',
      repeatEveryDays: 't.repeat_every_days',
      escalateTo: 't.escalate_to',
    },
  },
};

/** The records each event refers to, by resource: its own, and the ids its fields hold. */
function referredBy(event: Omit<AuditEventRecord, 'references'>): [AuditedResource, number][] {
  const found: [AuditedResource, number][] = [];
  if (isAudited(event.resource)) found.push([event.resource, event.recordId]);
  for (const values of [event.before, event.after]) {
    if (values) found.push(...referredByValues(event.resource, values));
  }
  return found;
}

/** The ids that a record's fields (as an event stored them) hold of other records. */
function referredByValues(resource: string, values: Record<string, unknown>) {
  const found: [AuditedResource, number][] = [];
  for (const [field, value] of Object.entries(values)) {
    const reference = referenceOf(resource, field, values);
    if (!reference) continue;
    for (const id of Array.isArray(value) ? value : [value]) {
      if (Number.isSafeInteger(id)) found.push([reference.resource, id as number]);
    }
  }
  return found;
}

const pick = (values: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((field) => field in values).map((f) => [f, values[f]]));

/**
 * Reads the records of one resource: their naming fields as they are now, in one query;
 * for those gone since, as the audit trail last had them (a record deleted with another,
 * without an event of its own, is named by its last change), in one more.
 */
async function readRecords(
  db: DataSource,
  resource: AuditedResource,
  ids: number[],
): Promise<Map<number, AuditReference>> {
  const { from, fields } = NAMING[resource];
  const json = Object.entries(fields)
    .map(([field, sql]) => `'${field}', ${sql}`)
    .join(', ');
  const live: { id: number; values: Record<string, unknown> }[] = await db.query(
    `SELECT t.id, json_build_object(${json}) AS values FROM ${from} WHERE t.id = ANY($1::int[])`,
    [ids],
  );
  const found = new Map(live.map((row) => [row.id, { values: row.values, deleted: false }]));
  const gone = ids.filter((id) => !found.has(id));
  if (gone.length) {
    const last: { id: number; values: Record<string, unknown> | null }[] = await db.query(
      `SELECT DISTINCT ON (record_id) record_id AS id, coalesce(after, before) AS values
         FROM audit_events WHERE resource = $1 AND record_id = ANY($2::int[])
        ORDER BY record_id, at DESC, id DESC`,
      [resource, gone],
    );
    const named = new Map(last.map((row) => [row.id, row.values ?? {}]));
    for (const id of gone) {
      found.set(id, { values: pick(named.get(id) ?? {}, NAME_FIELDS[resource]), deleted: true });
    }
  }
  return found;
}

/**
 * The references of a page of audit events (`AuditEventRecord.references`): one query per
 * resource they refer to (two when some are deleted), then once more for what the names
 * themselves refer to (a status report is named with its initiative), never a query per
 * event.
 */
export async function withReferences(
  db: DataSource,
  events: Omit<AuditEventRecord, 'references'>[],
): Promise<AuditEventRecord[]> {
  const known = new Map<AuditedResource, Map<number, AuditReference>>();
  const recordOf = (resource: AuditedResource, id: number) => known.get(resource)?.get(id);
  let wanted = events.flatMap(referredBy);
  while (wanted.length) {
    const byResource = new Map<AuditedResource, Set<number>>();
    for (const [resource, id] of wanted) {
      if (recordOf(resource, id)) continue;
      byResource.set(resource, (byResource.get(resource) ?? new Set()).add(id));
    }
    const next: [AuditedResource, number][] = [];
    for (const [resource, ids] of byResource) {
      const records = await readRecords(db, resource, [...ids]);
      known.set(resource, new Map([...(known.get(resource) ?? []), ...records]));
      for (const record of records.values())
        next.push(...referredByValues(resource, record.values));
    }
    wanted = next;
  }

  return events.map((event) => {
    const references: AuditReferences = {};
    const add = ([resource, id]: [AuditedResource, number]) => {
      const record = recordOf(resource, id);
      const shelf = (references[resource] ??= {});
      if (!record || shelf[id]) return;
      shelf[id] = record;
      referredByValues(resource, record.values).forEach(add);
    };
    referredBy(event).forEach(add);
    return { ...event, references };
  });
}
