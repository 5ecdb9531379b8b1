import type { Action, Operation } from './auth';
import type { Role, RoundState, StatusReportState } from './enums';
import { PLAN_RESOURCES, RESOURCES, type ResourceName } from './resources';

/**
 * Who may do what: the rules the server enforces and the web app follows to show only
 * what would succeed. The server checks every request against them; the web app only
 * hides what would fail.
 */

const READ: readonly Action[] = ['list', 'show'];
const ALL: readonly Action[] = ['list', 'show', 'create', 'edit', 'delete'];
/** A file is added or deleted, never changed. */
const FILES: readonly Action[] = ['list', 'show', 'create', 'delete'];

const each = (resources: readonly ResourceName[], actions: readonly Action[]) =>
  Object.fromEntries(resources.map((resource) => [resource, actions]));

/**
 * What each role may do per resource. This is the first gate; the record itself (an
 * owner's own initiatives, a person's own profile, a comment's author) and its state
 * decide the rest.
 */
const BY_ROLE: Record<Role, Partial<Record<ResourceName, readonly Action[]>>> = {
  secretariat: {
    ...each(PLAN_RESOURCES, ALL),
    'reporting-rounds': ALL,
    'round-outcomes': ALL,
    comments: ALL,
    attachments: FILES,
    'reminder-rules': ALL,
    'reminder-deliveries': READ,
    'audit-events': READ,
  },
  // Reads everything (of the delivery log, only their own deliveries), records the
  // decisions of its meetings and comments on initiatives; of people, changes only their
  // own profile.
  steering: {
    ...each(RESOURCES, READ),
    'round-outcomes': ALL,
    comments: ALL,
    people: ['list', 'show', 'edit'],
  },
  // Changes only their own initiatives and milestones (see `ownedInitiativeOf`), the figures
  // of the targets whose data they own (see the server's measurement-access), and their own
  // profile; attaches files to what they may change (see `attachmentRefusal`).
  owner: {
    ...each(PLAN_RESOURCES, READ),
    'reporting-rounds': READ,
    'round-outcomes': READ,
    'reminder-rules': READ,
    'reminder-deliveries': READ,
    initiatives: ['list', 'show', 'edit'],
    milestones: ['list', 'show', 'create', 'edit'],
    // Proposes the figures of the targets whose data they own (see measurement-access).
    measurements: ALL,
    'status-reports': ALL,
    comments: ALL,
    attachments: FILES,
    people: ['list', 'show', 'edit'],
  },
};

/** What may be done beyond a resource's records, and by which roles. */
const BY_OPERATION: Record<Operation, readonly Role[]> = {
  'run-reminders': ['secretariat'],
  'list-all-deliveries': ['secretariat'],
  'resend-reminders': ['secretariat'],
  'run-rounds': ['secretariat'],
  'review-rounds': ['steering'],
  'approve-measurements': ['secretariat'],
  'export-workbooks': ['secretariat', 'steering'],
  'import-plans': ['secretariat'],
};

export function permissionsFor(role: Role): Partial<Record<ResourceName, Action[]>> {
  return BY_ROLE[role] as Partial<Record<ResourceName, Action[]>>;
}

export function roleMay(role: Role, resource: ResourceName, action: Action): boolean {
  return BY_ROLE[role][resource]?.includes(action) ?? false;
}

export function operationsFor(role: Role): Operation[] {
  return (Object.keys(BY_OPERATION) as Operation[]).filter((op) => BY_OPERATION[op].includes(role));
}

export function roleMayDo(role: Role, operation: Operation): boolean {
  return BY_OPERATION[operation].includes(role);
}

/**
 * Resources whose writes an owner may make only on their own initiatives, and the
 * initiative a record of each belongs to.
 */
export const OWNED_THROUGH_INITIATIVE: Partial<
  Record<ResourceName, (record: Record<string, unknown>) => unknown>
> = {
  initiatives: (record) => record['id'],
  milestones: (record) => record['initiativeId'],
  'status-reports': (record) => record['initiativeId'],
};

/**
 * Which drafts of status reports a role reads. A draft is work in progress: it is read by
 * those who may write that initiative's reports (an owner, on the initiatives that are
 * theirs) and by the secretariat; not by the steering group or other owners, who read a
 * report once it is submitted. That a draft exists, by whom and since when, is no secret:
 * a round's completion board shows it, so that everyone sees who has begun.
 */
export function draftsReadBy(role: Role): 'all' | 'own-initiatives' | 'none' {
  if (!roleMay(role, 'status-reports', 'create')) return 'none';
  return role === 'owner' ? 'own-initiatives' : 'all';
}

/** Why a record's state rules a write out for everyone; undefined when it does not. */
export type StateRefusal =
  | 'round_closed'
  | 'round_not_draft'
  | 'report_submitted'
  | 'round_reviewed'
  | 'measurement_approved'
  | 'in_closed_round';

/**
 * What a record's own state rules out, whoever asks: a closed reporting round is never
 * changed and only a draft round is deleted; a submitted status report is never changed
 * or deleted (a correction is a new report); the decisions and action items of a round
 * that has been marked reviewed are final: none is added, changed or deleted.
 */
export function stateRefusal(
  resource: string,
  action: string,
  record: { state?: RoundState | StatusReportState | unknown; roundReviewed?: unknown },
): StateRefusal | undefined {
  if (resource === 'round-outcomes' && record.roundReviewed === true) {
    if (action === 'create' || action === 'edit' || action === 'delete') return 'round_reviewed';
  }
  if (resource === 'reporting-rounds') {
    if (record.state === 'closed' && (action === 'edit' || action === 'delete')) {
      return 'round_closed';
    }
    if (action === 'delete' && record.state != null && record.state !== 'draft') {
      return 'round_not_draft';
    }
  }
  if (resource === 'status-reports' && record.state === 'submitted') {
    if (action === 'edit' || action === 'delete') return 'report_submitted';
  }
  return undefined;
}

/** What the state of a file's parent record is, as far as its files are concerned. */
export interface AttachmentParentState {
  /** A status report's or a measurement's own state. */
  state?: string;
  /** Whether a closed reporting round's frozen report lists the record. */
  inClosedRound?: boolean;
}

/**
 * What a parent record's state rules out for its files, whoever asks: the files are the
 * evidence of what was reported, so none is added or deleted once the record is final: a
 * submitted status report, an approved measurement, or a record that a closed round's
 * frozen report lists (its status reports for the round, the milestones it shows).
 */
export function attachmentRefusal(parent: AttachmentParentState): StateRefusal | undefined {
  if (parent.state === 'submitted') return 'report_submitted';
  if (parent.state === 'approved') return 'measurement_approved';
  if (parent.inClosedRound) return 'in_closed_round';
  return undefined;
}

/**
 * Records that belong to the person who wrote them, whatever that person's role: who wrote
 * one, and what the secretariat may do to it besides. A comment is changed only by its
 * author and deleted by its author or the secretariat; a decision or action item of a
 * round is changed or deleted by whoever recorded it or the secretariat; a file is deleted
 * by whoever uploaded it or the secretariat.
 */
const AUTHORED: Partial<
  Record<
    ResourceName,
    { authorOf: (record: Record<string, unknown>) => unknown; secretariat: readonly Action[] }
  >
> = {
  comments: { authorOf: (record) => record['authorPersonId'], secretariat: ['delete'] },
  'round-outcomes': {
    authorOf: (record) => record['createdByPersonId'],
    secretariat: ['edit', 'delete'],
  },
  attachments: { authorOf: (record) => record['uploadedByPersonId'], secretariat: ['delete'] },
};

/**
 * Whether `person` may change or delete `record`, as far as its author is concerned (see
 * `AUTHORED`); any other action, or a resource without an author, is not its business.
 */
export function mayWriteAuthored(
  person: { personId: number | null; role: Role },
  resource: string,
  action: string,
  record: object,
): boolean {
  const rule = AUTHORED[resource as ResourceName];
  if (!rule || (action !== 'edit' && action !== 'delete')) return true;
  const author = rule.authorOf(record as Record<string, unknown>);
  if (person.personId !== null && author === person.personId) return true;
  return person.role === 'secretariat' && rule.secretariat.includes(action);
}
