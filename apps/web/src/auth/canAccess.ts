import type { Action, Me, Operation, ResourceName } from '@pejling/contracts';

type AnyRecord = Record<string, unknown>;

const READING: readonly string[] = ['list', 'show'];

/**
 * Where an owner's right to change a record comes from: the initiative it belongs to must
 * be one of theirs (`Me.initiativeIds`), or, for a person, it must be themselves.
 */
const ownedBy: Partial<Record<ResourceName, (me: Me, record: AnyRecord) => boolean | undefined>> = {
  initiatives: (me, record) => ownsInitiative(me, record['id']),
  milestones: (me, record) => ownsInitiative(me, record['initiativeId']),
  'status-reports': (me, record) => ownsInitiative(me, record['initiativeId']),
  people: (me, record) => (record['id'] == null ? undefined : record['id'] === me.person.id),
};

/** The server's operations beyond records (`Me.operations`), as react-admin asks for them. */
const OPERATIONS: Record<string, Operation> = {
  'reminders.run': 'run-reminders',
  'reminder-deliveries.resend': 'resend-reminders',
  'reporting-rounds.open': 'run-rounds',
  'reporting-rounds.close': 'run-rounds',
  'reporting-rounds.remind': 'run-rounds',
  'reporting-rounds.review': 'review-rounds',
};

/**
 * What a record's own state rules out for everyone, as the server does with a 409: a
 * closed round is not changed and only a draft round is deleted; a submitted status
 * report is never changed or deleted (a correction is a new report).
 */
const stateAllows: Partial<Record<ResourceName, (action: string, record: AnyRecord) => boolean>> = {
  'reporting-rounds': (action, record) =>
    !(action === 'edit' && record['state'] === 'closed') &&
    !(action === 'delete' && record['state'] != null && record['state'] !== 'draft'),
  'status-reports': (action, record) =>
    !(['edit', 'delete'].includes(action) && record['state'] === 'submitted'),
};

/**
 * A comment is its author's, whatever their role: only the author changes it; the author
 * or the secretariat deletes it.
 */
const authorAllows: Partial<
  Record<ResourceName, (me: Me, action: string, record: AnyRecord) => boolean>
> = {
  comments: (me, action, record) =>
    !['edit', 'delete'].includes(action) ||
    record['authorPersonId'] === me.person.id ||
    (action === 'delete' && me.role === 'secretariat'),
};

/** Undefined when the record does not say which initiative it belongs to (a new one). */
const ownsInitiative = (me: Me, initiativeId: unknown): boolean | undefined =>
  initiativeId == null ? undefined : me.initiativeIds.includes(Number(initiativeId));

/**
 * What the signed-in person may do, as react-admin asks it: for a resource (a menu item,
 * a route, a Create button) or for one record (an Edit or Delete button, an edit page).
 *
 * - The role's `permissions` from the server decide per resource and action.
 * - An owner's writes to initiatives, milestones and status reports hold only for their
 *   own initiatives. Without a record the answer is "yes" if they own any: the route and
 *   the Create button must be there; the record decides on its own page.
 * - Everyone may edit their own person record (name, title, language, reminders).
 * - Operations beyond records (running the reminders, opening and closing reporting
 *   rounds) go by what `Me.operations` lists.
 * - A record's state may rule an action out for everyone (`stateAllows`).
 * - A comment is changed only by its author, and deleted by its author or the secretariat.
 *
 * The server enforces all of it regardless; this only keeps out of sight what would fail.
 */
export const canAccessAs = (
  me: Me,
  resource: string,
  action: string,
  record?: AnyRecord,
): boolean => {
  if (resource === 'people' && action === 'edit' && (!record || record['id'] === me.person.id)) {
    return true;
  }
  const operation = OPERATIONS[`${resource}.${action}`];
  if (operation) return me.operations.includes(operation);
  const actions: readonly string[] = me.permissions[resource as ResourceName] ?? [];
  if (!actions.includes(action as Action)) return false;
  if (record && stateAllows[resource as ResourceName]?.(action, record) === false) return false;
  if (record && authorAllows[resource as ResourceName]?.(me, action, record) === false)
    return false;
  if (me.role !== 'owner' || READING.includes(action)) return true;
  const owns = ownedBy[resource as ResourceName];
  if (!owns) return true;
  const owned = record ? owns(me, record) : undefined;
  return owned ?? (resource === 'people' || me.initiativeIds.length > 0);
};
