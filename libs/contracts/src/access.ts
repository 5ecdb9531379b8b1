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
  // Changes only their own initiatives and milestones (see `ownedInitiativeOf`), and their
  // own profile.
  owner: {
    ...each(PLAN_RESOURCES, READ),
    'reporting-rounds': READ,
    'round-outcomes': READ,
    'reminder-rules': READ,
    'reminder-deliveries': READ,
    initiatives: ['list', 'show', 'edit'],
    milestones: ['list', 'show', 'create', 'edit'],
    'status-reports': ALL,
    comments: ALL,
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

/** Why a record's state rules a write out for everyone; undefined when it does not. */
export type StateRefusal = 'round_closed' | 'round_not_draft' | 'report_submitted';

/**
 * What a record's own state rules out, whoever asks: a closed reporting round is never
 * changed and only a draft round is deleted; a submitted status report is never changed
 * or deleted (a correction is a new report).
 */
export function stateRefusal(
  resource: string,
  action: string,
  record: { state?: RoundState | StatusReportState | unknown },
): StateRefusal | undefined {
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

/**
 * A comment belongs to its author, whatever their role: only the author changes it; the
 * author or the secretariat deletes it.
 */
export function mayWriteComment(
  person: { personId: number | null; role: Role },
  action: string,
  comment: { authorPersonId?: unknown },
): boolean {
  if (action !== 'edit' && action !== 'delete') return true;
  if (comment.authorPersonId === person.personId) return true;
  return action === 'delete' && person.role === 'secretariat';
}
