import { ForbiddenException } from '@nestjs/common';
import {
  Action,
  Operation,
  PLAN_RESOURCES,
  RESOURCES,
  ResourceName,
  Role,
} from '@pejling/contracts';
import type { Actor } from './actor';

const READ: Action[] = ['list', 'show'];
const ALL: Action[] = ['list', 'show', 'create', 'edit', 'delete'];

/**
 * What each role may do per resource. This is the first gate; the services check the
 * record itself (an owner's own initiatives, a person's own profile) and its fields.
 */
const BY_ROLE: Record<Role, Partial<Record<ResourceName, Action[]>>> = {
  secretariat: {
    ...Object.fromEntries(PLAN_RESOURCES.map((r) => [r, ALL])),
    'reporting-rounds': ALL,
    'round-outcomes': ALL,
    comments: ALL,
    'reminder-rules': ALL,
    'reminder-deliveries': READ,
    'audit-events': READ,
  },
  // Reads everything (of the delivery log, only their own deliveries), records the
  // decisions of its meetings and comments on initiatives; of people, may change only their own profile (checked per
  // record).
  steering: {
    ...Object.fromEntries(RESOURCES.map((r) => [r, READ])),
    'round-outcomes': ALL,
    // DESIGN.md: the steering group "may comment"; editing and deleting are checked per
    // comment (their own).
    comments: ALL,
    people: ['list', 'show', 'edit'],
  },
  owner: {
    ...Object.fromEntries(PLAN_RESOURCES.map((r) => [r, READ])),
    'reporting-rounds': READ,
    'round-outcomes': READ,
    'reminder-rules': READ,
    'reminder-deliveries': READ,
    initiatives: ['list', 'show', 'edit'],
    milestones: ['list', 'show', 'create', 'edit'],
    'status-reports': ['list', 'show', 'create', 'edit', 'delete'],
    // On any initiative; editing and deleting are checked per comment (their own).
    comments: ALL,
    people: ['list', 'show', 'edit'],
  },
};

export function permissionsFor(role: Role): Partial<Record<ResourceName, Action[]>> {
  return BY_ROLE[role];
}

export function may(actor: Actor, resource: ResourceName, action: Action): boolean {
  return BY_ROLE[actor.role][resource]?.includes(action) ?? false;
}

const VERBS: Record<Action, string> = {
  list: 'list',
  show: 'read',
  create: 'create',
  edit: 'change',
  delete: 'delete',
};

export function forbidden(message: string): ForbiddenException {
  return new ForbiddenException(message);
}

export function assertMay(actor: Actor, resource: ResourceName, action: Action): void {
  if (!may(actor, resource, action)) {
    throw forbidden(`the ${actor.role} role may not ${VERBS[action]} ${resource}`);
  }
}

/**
 * What may be done beyond a resource's records (see `OPERATIONS` in the contracts), and
 * by which roles. The services check these as they check `assertMay`.
 */
const BY_OPERATION: Record<Operation, readonly Role[]> = {
  'run-reminders': ['secretariat'],
  'list-all-deliveries': ['secretariat'],
  'resend-reminders': ['secretariat'],
  'run-rounds': ['secretariat'],
  'review-rounds': ['steering'],
};

export function operationsFor(role: Role): Operation[] {
  return (Object.keys(BY_OPERATION) as Operation[]).filter((op) => BY_OPERATION[op].includes(role));
}

const OPERATION_VERBS: Record<Operation, string> = {
  'run-reminders': 'run reminders',
  'list-all-deliveries': "list other people's reminder deliveries",
  'resend-reminders': 'send reminders again',
  'run-rounds': 'open or close reporting rounds',
  'review-rounds': 'mark reporting rounds reviewed',
};

export function mayDo(actor: Actor, operation: Operation): boolean {
  return BY_OPERATION[operation].includes(actor.role);
}

export function assertMayDo(actor: Actor, operation: Operation): void {
  if (!mayDo(actor, operation)) {
    throw forbidden(`the ${actor.role} role may not ${OPERATION_VERBS[operation]}`);
  }
}

/** A value as stored, for comparing: lists of ids are sets (the order is not a change). */
function comparable(value: unknown): string {
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) {
    return JSON.stringify([...new Set(value)].sort((a, b) => a - b));
  }
  return JSON.stringify(value ?? null);
}

/**
 * Refuses a change to fields the actor may not change: each field whose new value differs
 * from the stored one is named, with `reason` ("…: <reason>"). A field left out of the
 * body is not a change (see `keepStored`).
 */
export function assertUnchanged<T extends object>(
  fields: readonly (keyof T & string)[],
  before: T,
  dto: object,
  reason: string,
): void {
  const sent = dto as Partial<T>;
  const changed = fields.filter(
    (field) => sent[field] !== undefined && comparable(sent[field]) !== comparable(before[field]),
  );
  if (changed.length) throw forbidden(`${changed.join(', ')}: ${reason}`);
}

/**
 * Fills the fields the actor may not change but left out of the body with their stored
 * values, so that an update that leaves them out keeps them instead of resetting them to
 * a create's defaults (a lead organisation or an organisation to none, a role to owner).
 */
export function keepStored<T extends object>(
  fields: readonly (keyof T & string)[],
  before: T,
  dto: object,
): void {
  const sent = dto as Partial<T>;
  for (const field of fields) {
    if (sent[field] === undefined) sent[field] = before[field];
  }
}
