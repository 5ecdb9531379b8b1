import { BadRequestException } from '@nestjs/common';
import { CLOSED_MILESTONE_STATUSES, type IsoDate, type MilestoneStatus } from '@pejling/contracts';

/**
 * The milestone rules in SQL, built from the contracts' statuses so that every query (the
 * lists, the dashboard, the timeline, my work, a round's report, the reminder scan) means
 * the same by "open" and "overdue" as the web app (`isMilestoneOverdue`).
 */

const CLOSED = CLOSED_MILESTONE_STATUSES.map((status) => `'${status}'`).join(', ');

/** The milestone `alias` still needs work: neither done nor cancelled. */
export function openMilestoneSql(alias = 'm'): string {
  return `${alias}.status NOT IN (${CLOSED})`;
}

/**
 * The milestone `alias` is overdue: open, and due before `today` (an SQL expression for the
 * clock's date, such as `$2` or `:today`).
 */
export function overdueMilestoneSql(today: string, alias = 'm'): string {
  return `(${alias}.due_date < ${today}::date AND ${openMilestoneSql(alias)})`;
}

/**
 * The day a milestone was completed, as it is stored with a status: a done milestone
 * carries the day it was completed (today unless given, never after today); any other
 * status clears it, so re-opening a milestone needs no second edit. `field` names the
 * input in the error.
 */
export function completedOnFor(
  status: MilestoneStatus,
  given: IsoDate | null | undefined,
  today: IsoDate,
  field = 'completedOn',
): IsoDate | null {
  if (status !== 'done') return null;
  const completedOn = given ?? today;
  if (completedAfterToday(completedOn, today)) {
    throw new BadRequestException(`${field}: cannot be after today (${today})`);
  }
  return completedOn;
}

/** A milestone cannot have been done on a day still to come. */
export function completedAfterToday(completedOn: IsoDate | null, today: IsoDate): boolean {
  return completedOn !== null && completedOn > today;
}

/** The milestone `alias`'s due date has moved from the one it was planned with. */
export function movedMilestoneSql(alias = 'm'): string {
  return `(${alias}.due_date <> ${alias}.original_due_date)`;
}

/** The milestone `alias` is done: it counts towards its initiative's progress. */
export function doneMilestoneSql(alias = 'm'): string {
  return `${alias}.status = 'done'`;
}

/** The milestone `alias` counts in its initiative's progress at all: it is not cancelled. */
export function countedMilestoneSql(alias = 'm'): string {
  return `${alias}.status <> 'cancelled'`;
}
