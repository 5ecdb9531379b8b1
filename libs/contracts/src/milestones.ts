import { CLOSED_MILESTONE_STATUSES, type MilestoneStatus } from './enums';
import type { IsoDate, MilestoneRecord } from './records';

/** How many milestones one bulk status change may name. */
export const MAX_BULK_MILESTONES = 500;

/**
 * `POST /api/milestones/status`: give several milestones one status, all or none. Each
 * names the version that was read; a stale one refuses the whole change (409).
 */
export interface MilestoneStatusChange {
  status: MilestoneStatus;
  milestones: { id: number; version: number }[];
}

/** The answer to a bulk status change. */
export interface MilestoneStatusChangeResult {
  /** How many milestones got the new status; those that already had it are left as they were. */
  changed: number;
  /** Every milestone named, as it is now. */
  milestones: MilestoneRecord[];
}

/**
 * The body of a 409 to a bulk status change: as for a single stale write, `current` holds
 * what is stored now, here each milestone changed since it was read (its `version` now).
 */
export interface StaleMilestones {
  message: string;
  current: MilestoneRecord[];
}

/**
 * The milestone rules, once: a milestone is open until it is done or cancelled, and
 * overdue when it is open and its due date is before today. The server's SQL is built
 * from the same statuses (libs/server/src/plan/milestones/milestone-rules.ts).
 */
export function isMilestoneOpen(status: MilestoneStatus): boolean {
  return !CLOSED_MILESTONE_STATUSES.includes(status);
}

export function isMilestoneOverdue(
  milestone: { dueDate: IsoDate; status: MilestoneStatus },
  today: IsoDate,
): boolean {
  return milestone.dueDate < today && isMilestoneOpen(milestone.status);
}
