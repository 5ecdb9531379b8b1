import {
  mayWriteAuthored,
  OWNED_THROUGH_INITIATIVE,
  stateRefusal,
  type Me,
  type Operation,
  type ResourceName,
} from '@pejling/contracts';

type AnyRecord = Record<string, unknown>;

const READING: readonly string[] = ['list', 'show'];

/** The server's operations beyond records (`Me.operations`), as react-admin asks for them. */
const OPERATIONS: Record<string, Operation> = {
  'reminders.run': 'run-reminders',
  'reminder-deliveries.resend': 'resend-reminders',
  'reporting-rounds.open': 'run-rounds',
  'reporting-rounds.close': 'run-rounds',
  'reporting-rounds.remind': 'run-rounds',
  'reporting-rounds.review': 'review-rounds',
  'measurements.approve': 'approve-measurements',
  'measurements.return': 'approve-measurements',
  'workbooks.export': 'export-workbooks',
  'plans.import': 'import-plans',
};

/**
 * Whether an owner's write to `record` touches what is theirs: the initiative it belongs
 * to (the contracts' `OWNED_THROUGH_INITIATIVE`) is one of `Me.initiativeIds`, or, for a
 * person, it is themselves. Undefined when the record does not say (a new one), and for a
 * resource whose writes do not depend on ownership.
 */
const ownsRecord = (me: Me, resource: string, record: AnyRecord): boolean | undefined => {
  if (resource === 'people')
    return record['id'] == null ? undefined : record['id'] === me.person.id;
  if (resource === 'measurements') {
    if (record['targetId'] == null) return undefined;
    // A data owner's figure is theirs until it is approved; then it is the secretariat's.
    return me.dataTargetIds.includes(Number(record['targetId'])) && record['state'] !== 'approved';
  }
  const initiativeId = OWNED_THROUGH_INITIATIVE[resource as ResourceName]?.(record);
  return initiativeId == null ? undefined : me.initiativeIds.includes(Number(initiativeId));
};

/** The resources whose writes an owner makes only on what is theirs (see `ownsRecord`). */
const ownedByOwner = (resource: string): boolean =>
  resource === 'people' || resource === 'measurements' || resource in OWNED_THROUGH_INITIATIVE;

/**
 * What the signed-in person may do, as react-admin asks it: for a resource (a menu item,
 * a route, a Create button) or for one record (an Edit or Delete button, an edit page).
 *
 * - The role's `permissions` from the server decide per resource and action.
 * - An owner's writes to initiatives, milestones and status reports hold only for their
 *   own initiatives. Without a record the answer is "yes" if they own any: the route and
 *   the Create button must be there; the record decides on its own page.
 * - An owner proposes figures for the targets whose data they own (`Me.dataTargetIds`),
 *   and changes them until they are approved.
 * - Everyone may edit their own person record (name, title, language, reminders).
 * - Operations beyond records (running the reminders, opening and closing reporting
 *   rounds) go by what `Me.operations` lists.
 * - A record's state may rule an action out for everyone (the contracts' `stateRefusal`).
 * - A comment is changed only by its author, and deleted by its author or the secretariat;
 *   a round's decision is changed or deleted by whoever recorded it or the secretariat
 *   (`mayWriteAuthored`). A reviewed round's decisions are final (`stateRefusal`).
 *
 * The server enforces all of it regardless, by the same rules; this only keeps out of
 * sight what would fail.
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
  if (!actions.includes(action)) return false;
  if (record && stateRefusal(resource, action, record)) return false;
  const person = { personId: me.person.id, role: me.role };
  if (record && !mayWriteAuthored(person, resource, action, record)) return false;
  if (me.role !== 'owner' || READING.includes(action) || !ownedByOwner(resource)) return true;
  const owned = record ? ownsRecord(me, resource, record) : undefined;
  if (owned !== undefined) return owned;
  if (resource === 'measurements') return me.dataTargetIds.length > 0;
  return resource === 'people' || me.initiativeIds.length > 0;
};
