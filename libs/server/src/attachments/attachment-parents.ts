import { ConflictException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  attachmentRefusal,
  type AttachmentParentType,
  type StateRefusal,
} from '@pejling/contracts';
import type { Actor } from '../records/actor';
import { forbidden } from '../records/access';
import { draftReaderOf } from '../records/draft-reports';
import { mayChangeInitiative } from '../records/ownership';
import { notFound } from '../records/versioned-write';
import { measurementStanding } from '../targets/measurements/measurement-access';

/**
 * A file's parent record, and how an actor stands to it: a file is read by whoever reads
 * its parent, and added by whoever may change it, while its state allows.
 */
export interface Parent {
  type: AttachmentParentType;
  id: number;
}

/** The column of `attachments` that names a parent of each kind. */
export const PARENT_COLUMNS: Record<AttachmentParentType, string> = {
  initiative: 'initiative_id',
  milestone: 'milestone_id',
  'status-report': 'status_report_id',
  measurement: 'measurement_id',
};

const TABLES: Record<AttachmentParentType, string> = {
  initiative: 'initiatives',
  milestone: 'milestones',
  'status-report': 'status_reports',
  measurement: 'measurements',
};

const LABELS: Record<AttachmentParentType, string> = {
  initiative: 'initiative',
  milestone: 'milestone',
  'status-report': 'status report',
  measurement: 'measurement',
};

export interface ParentStanding {
  /** The initiative whose history the parent's files belong to; none for a measurement. */
  initiativeId: number | null;
  /** Why the actor may not change the parent (and so not attach to it); none if they may. */
  notTheirs?: string;
  /** Why the parent's state rules out adding or deleting its files; none if it does not. */
  refusal?: string;
}

/** A parent as stored, and what each kind needs to know of its reader and writer. */
interface Facts {
  initiativeId: number | null;
  state?: string;
  /** A closed round whose frozen report lists the record. */
  closedRound?: string | null;
  readable: boolean;
  changeable: boolean;
  notTheirs: string;
}

/** The title of a closed round whose frozen report lists milestone `$1`. */
const ROUND_LISTING_MILESTONE_SQL = `
  SELECT r.title FROM reporting_rounds r
   WHERE r.state = 'closed' AND EXISTS (
     SELECT 1 FROM jsonb_array_elements(r.snapshot->'focusAreas') fa,
                   jsonb_array_elements(fa->'initiatives') i,
                   jsonb_array_elements(coalesce(i->'overdue', '[]') || coalesce(i->'upcoming', '[]')) m
      WHERE m->'id' = to_jsonb($1::int))
   ORDER BY r.closed_at LIMIT 1`;

const OWN_INITIATIVES_ONLY =
  'you may attach files only to what belongs to initiatives you are responsible for or your organisation leads';

const FACTS: Record<
  AttachmentParentType,
  (m: EntityManager, actor: Actor, id: number) => Promise<Facts | undefined>
> = {
  initiative: async (m, actor, id) => {
    const [row] = await m.query('SELECT id FROM initiatives WHERE id = $1', [id]);
    if (!row) return undefined;
    return {
      initiativeId: id,
      readable: true,
      changeable: await mayChangeInitiative(m, actor, id),
      notTheirs: `initiative ${id} is not one of yours: ${OWN_INITIATIVES_ONLY}`,
    };
  },
  milestone: async (m, actor, id) => {
    const [row] = await m.query(
      `SELECT initiative_id AS "initiativeId", (${ROUND_LISTING_MILESTONE_SQL}) AS "closedRound"
         FROM milestones WHERE id = $1`,
      [id],
    );
    if (!row) return undefined;
    return {
      ...row,
      readable: true,
      changeable: await mayChangeInitiative(m, actor, row.initiativeId),
      notTheirs: `milestone ${id} belongs to an initiative that is not one of yours: ${OWN_INITIATIVES_ONLY}`,
    };
  },
  'status-report': async (m, actor, id) => {
    const [row] = await m.query(
      `SELECT sr.initiative_id AS "initiativeId", sr.state, sr.author_person_id AS "authorPersonId",
              CASE WHEN r.state = 'closed' THEN r.title END AS "closedRound"
         FROM status_reports sr LEFT JOIN reporting_rounds r ON r.id = sr.round_id
        WHERE sr.id = $1`,
      [id],
    );
    if (!row) return undefined;
    const drafts = await draftReaderOf(m, actor);
    const theirs = row.authorPersonId === actor.personId; // they wrote it
    // As the report itself: an owner writes only their own reports on their own initiatives.
    const changeable =
      actor.role === 'secretariat' ||
      (actor.role === 'owner' && theirs && (await mayChangeInitiative(m, actor, row.initiativeId)));
    return {
      initiativeId: row.initiativeId,
      state: row.state,
      closedRound: row.closedRound,
      readable:
        row.state !== 'draft' ||
        drafts.allDrafts ||
        drafts.draftInitiatives.includes(row.initiativeId),
      changeable,
      notTheirs: theirs
        ? `status report ${id} is on an initiative that is not one of yours: ${OWN_INITIATIVES_ONLY}`
        : `status report ${id} was written by someone else: only its author and the secretariat attach files to it`,
    };
  },
  measurement: async (m, actor, id) => {
    const standing = await measurementStanding(m, actor, id);
    if (!standing) return undefined;
    return {
      initiativeId: null,
      ...standing,
      notTheirs: `measurement ${id}: only the secretariat and the target's data owner attach files to a measurement`,
    };
  },
};

/** What a refusal says, as the sentence after "milestone 5 …". */
function refusalReason(
  type: AttachmentParentType,
  kind: StateRefusal,
  closedRound: string | null | undefined,
): string {
  switch (kind) {
    case 'report_submitted':
      return 'has been submitted';
    case 'measurement_approved':
      return 'has been approved';
    default:
      return type === 'status-report'
        ? `answers the closed reporting round "${closedRound}"`
        : `is in the frozen report of the closed reporting round "${closedRound}"`;
  }
}

/**
 * How the actor stands to the parent; 404 when it does not exist or the actor may not read
 * it (so that a file does not tell what its reader may not see).
 */
export async function readableParent(
  manager: EntityManager,
  actor: Actor,
  parent: Parent,
): Promise<ParentStanding> {
  const facts = await FACTS[parent.type](manager, actor, parent.id);
  if (!facts?.readable) throw notFound(LABELS[parent.type], parent.id);
  const kind = attachmentRefusal({ state: facts.state, inClosedRound: facts.closedRound != null });
  return {
    initiativeId: facts.initiativeId,
    notTheirs: facts.changeable ? undefined : facts.notTheirs,
    refusal:
      kind &&
      `${LABELS[parent.type]} ${parent.id} ${refusalReason(parent.type, kind, facts.closedRound)}`,
  };
}

/**
 * Holds the parent as it is until the transaction ends: a report is not submitted, nor a
 * measurement approved, while a file is being added to it or deleted from it (their
 * updates wait), so that what `readableParent` found still holds at the commit.
 */
export async function lockParent(manager: EntityManager, parent: Parent): Promise<void> {
  await manager.query(`SELECT 1 FROM ${TABLES[parent.type]} WHERE id = $1 FOR SHARE`, [parent.id]);
}

/** Refuses (409) a file added to or deleted from a parent whose state rules that out. */
export function assertOpen(standing: ParentStanding): void {
  if (standing.refusal) {
    throw new ConflictException(`${standing.refusal}: its files can no longer be added or deleted`);
  }
}

/** Refuses (403) a file added by someone who may not change the parent. */
export function assertTheirs(standing: ParentStanding): void {
  if (standing.notTheirs) throw forbidden(standing.notTheirs);
}
