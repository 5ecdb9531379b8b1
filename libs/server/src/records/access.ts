import { ForbiddenException } from '@nestjs/common';
import { Action, Operation, ResourceName, roleMay, roleMayDo } from '@pejling/contracts';
import type { Actor } from './actor';

/**
 * The server's gate on the shared access rules (`access.ts` in the contracts): the role per
 * resource and operation. The services check the record itself (an owner's own
 * initiatives, a person's own profile) and its fields.
 */
export function may(actor: Actor, resource: ResourceName, action: Action): boolean {
  return roleMay(actor.role, resource, action);
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

const OPERATION_VERBS: Record<Operation, string> = {
  'run-reminders': 'run reminders',
  'list-all-deliveries': "list other people's reminder deliveries",
  'resend-reminders': 'send reminders again',
  'run-rounds': 'open or close reporting rounds',
  'review-rounds': 'mark reporting rounds reviewed',
  'approve-measurements': 'approve or return target figures',
  'export-workbooks': 'download the plan as a workbook',
  'import-plans': 'import plans',
};

export function mayDo(actor: Actor, operation: Operation): boolean {
  return roleMayDo(actor.role, operation);
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
