import type { EntityManager } from 'typeorm';
import type { WorkbookSheet } from '@pejling/contracts';
import type { Actor } from '../records/actor';
import { readPlanRows, type PlanRows } from '../workbook/plan-rows';
import type { CellValue, RefTarget } from '../workbook/sheets';
import type { PlannedWrite } from './import-plan';
import { emptyIds, normalKey, recordBody, type RecordIds } from './record-bodies';
import type { RecordSheet, RecordWriters } from './record-writers';

/** A stored record the person chose to delete; a target's part by its key within it. */
export interface Deletion {
  sheet: WorkbookSheet;
  id: number;
  partKey?: string;
}

/** What is written first: what others refer to. Deleted in the opposite order. */
const ORDER: RecordSheet[] = [
  'organisations',
  'people',
  'strategy',
  'focusAreas',
  'initiatives',
  'milestones',
  'targets',
  'measurements',
];

/** The kind of record each sheet's key names, for the references of later sheets. */
const KEYED: Partial<
  Record<RecordSheet, [RefTarget, (v: Record<string, CellValue>) => CellValue]>
> = {
  organisations: ['organisations', (v) => v['shortName']],
  people: ['people', (v) => v['email']],
  focusAreas: ['focusAreas', (v) => v['code']],
  initiatives: ['initiatives', (v) => v['code']],
  targets: ['targets', (v) => v['number']],
};

/**
 * Writes a preview's records in the caller's transaction, sheet by sheet in `ORDER`, each
 * sheet's updates and then its creates through the record's own write path (checks,
 * versions, one audit event each), as `actor`; then the chosen deletions.
 */
export async function applyWrites(
  manager: EntityManager,
  writers: RecordWriters,
  job: { strategyId: number | null; writes: PlannedWrite[]; deletions: Deletion[]; actor: Actor },
): Promise<{ strategyId: number; created: number; updated: number; deleted: number }> {
  const { actor } = job;
  const stored = await readPlanRows(manager, job.strategyId);
  const ids = idsOf(stored);
  const writes = withPartDeletions(job.writes, job.deletions, stored);
  let strategyId = job.strategyId ?? 0;
  let created = 0;
  let updated = 0;
  // An organisation's contact person may be a person the import makes after it.
  const laterContacts: { id: number; version: number; values: Record<string, CellValue> }[] = [];
  for (const sheet of ORDER) {
    const { store } = writers.writers[sheet];
    const mine = writes.filter((w) => w.sheet === sheet);
    const body = (write: PlannedWrite) => {
      const later = sheet === 'organisations' && unknownContact(write.values, ids);
      const values = later ? { ...write.values, contactPerson: null } : write.values;
      return recordBody(sheet, values, ids, { strategyId }, write.parts);
    };
    const updates = mine.filter((w) => w.action === 'update');
    const done = await store.updateMany(
      manager,
      updates.map((w) => ({
        id: w.recordId as number,
        dto: { ...body(w), version: w.version as number },
      })),
      actor,
    );
    const creates = mine.filter((w) => w.action === 'create');
    const made = await store.createMany(manager, creates.map(body), actor);
    created += made.length;
    updated += done.length;
    const records = [...done, ...made] as { id: number; version: number }[];
    for (const [n, write] of [...updates, ...creates].entries()) {
      const { id, version } = records[n];
      remember(ids, sheet, write.values, id);
      if (sheet === 'strategy') strategyId = id;
      if (sheet === 'organisations' && unknownContact(write.values, ids)) {
        laterContacts.push({ id, version, values: write.values });
      }
    }
    if (sheet === 'people' && laterContacts.length) {
      await writers.writers.organisations.store.updateMany(
        manager,
        laterContacts.map(({ id, version, values }) => ({
          id,
          dto: { ...recordBody('organisations', values, ids, { strategyId }), version },
        })),
        actor,
      );
    }
  }
  let deleted = 0;
  for (const sheet of [...ORDER].reverse()) {
    const chosen = job.deletions.filter((d) => d.sheet === sheet && d.partKey === undefined);
    if (!chosen.length) continue;
    deleted += (
      await writers.writers[sheet].store.removeMany(
        manager,
        chosen.map((d) => d.id),
        actor,
      )
    ).length;
  }
  deleted += job.deletions.filter((d) => d.partKey !== undefined).length;
  return { strategyId, created, updated, deleted };
}

/** The ids of the stored records by their keys. */
function idsOf(stored: PlanRows): RecordIds {
  const ids = emptyIds();
  for (const [sheet] of Object.entries(KEYED) as [RecordSheet, unknown][]) {
    for (const row of stored[sheet]) remember(ids, sheet, row.values, row.id as number);
  }
  return ids;
}

function remember(
  ids: RecordIds,
  sheet: RecordSheet,
  values: Record<string, CellValue>,
  id: number,
) {
  const keyed = KEYED[sheet];
  const key = keyed?.[1](values);
  if (keyed && key !== null && key !== undefined) ids[keyed[0]].set(normalKey(String(key)), id);
}

function unknownContact(values: Record<string, CellValue>, ids: RecordIds): boolean {
  const contact = values['contactPerson'];
  return typeof contact === 'string' && !ids.people.has(normalKey(contact));
}

/**
 * A target's series or link chosen for deletion leaves its target's parts: the target is
 * written without it (written for that alone if nothing else of it changes).
 */
function withPartDeletions(
  writes: PlannedWrite[],
  deletions: Deletion[],
  stored: PlanRows,
): PlannedWrite[] {
  const parts = deletions.filter((d) => d.partKey !== undefined);
  if (!parts.length) return writes;
  const result = [...writes];
  for (const deletion of parts) {
    let write = result.find((w) => w.sheet === 'targets' && w.recordId === deletion.id);
    if (!write) {
      const target = stored.targets.find((t) => t.id === deletion.id);
      if (!target) continue;
      const key = String(target.values['number']);
      write = {
        sheet: 'targets',
        action: 'update',
        row: 0,
        recordId: target.id,
        version: target.version,
        key,
        values: target.values,
        parts: {
          series: stored.series.filter((s) => s.values['target'] === key).map((s) => s.values),
          targetLinks: stored.targetLinks
            .filter((l) => l.values['target'] === key)
            .map((l) => l.values),
        },
      };
      result.push(write);
    }
    const sheet = deletion.sheet as 'series' | 'targetLinks';
    const partColumn = sheet === 'series' ? 'key' : 'initiative';
    if (write.parts) {
      write.parts = {
        ...write.parts,
        [sheet]: write.parts[sheet].filter(
          (p) => normalKey(String(p[partColumn])) !== normalKey(deletion.partKey as string),
        ),
      };
    }
  }
  return result;
}
