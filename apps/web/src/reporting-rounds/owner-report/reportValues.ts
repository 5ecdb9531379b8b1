import type {
  Health,
  MilestoneRecord,
  MilestoneStatus,
  MilestoneUpdate,
  StatusReportRecord,
} from '@pejling/contracts';
import { CLOSED_MILESTONE_STATUSES } from '@pejling/contracts';
import { currentOf } from '../../api/client';

/** A milestone's row on the form: its status, and when it was done. */
export interface MilestoneValues {
  id: number;
  status: MilestoneStatus;
  completedOn: string | null;
}

/** What the report form holds. */
export interface ReportValues {
  health: Health | null;
  summary: string;
  risks: string;
  nextSteps: string;
  milestones: MilestoneValues[];
}

/** The milestones the form asks about: those not done or cancelled, by due date. */
export const openMilestonesOf = (milestones: MilestoneRecord[]): MilestoneRecord[] =>
  milestones
    .filter((milestone) => !CLOSED_MILESTONE_STATUSES.includes(milestone.status))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id);

/**
 * The form's first values: a draft's or (for a correction) the corrected report's text,
 * else empty with the initiative's health; each open milestone as it stands.
 */
export const initialValues = (
  from: Pick<StatusReportRecord, 'health' | 'summary' | 'risks' | 'nextSteps'> | undefined,
  health: Health | null,
  milestones: MilestoneRecord[],
): ReportValues => ({
  health: from?.health ?? health,
  summary: from?.summary ?? '',
  risks: from?.risks ?? '',
  nextSteps: from?.nextSteps ?? '',
  milestones: milestones.map(({ id, status, completedOn }) => ({ id, status, completedOn })),
});

/**
 * The milestones the person changed on the form, as the server takes them with the
 * report: each with the version that was read, so that a change someone else made in
 * the meantime is refused rather than overwritten. `current` is each milestone as last
 * read. An empty completed-on date of a done milestone means today (the server's), or,
 * once it is done, the date it has.
 */
export const milestoneUpdatesOf = (
  rows: MilestoneValues[],
  current: Map<number, MilestoneRecord>,
): MilestoneUpdate[] =>
  rows.flatMap((row) => {
    const milestone = current.get(row.id);
    if (!milestone) return [];
    const completedOn = row.status === 'done' ? row.completedOn || null : null;
    const changed =
      row.status !== milestone.status ||
      (completedOn != null && completedOn !== milestone.completedOn);
    if (!changed) return [];
    return [
      {
        id: row.id,
        version: milestone.version,
        status: row.status,
        ...(row.status === 'done' ? { completedOn } : {}),
      },
    ];
  });

/**
 * The milestone a refusal is about, when the server answered 409 for one of the milestones
 * sent: someone changed it since the page read it. (A 409 about the report itself carries
 * a report, without a due date.)
 */
export const staleMilestoneIn = (
  error: unknown,
  sent: MilestoneValues[],
): MilestoneRecord | undefined => {
  const current = currentOf<Partial<MilestoneRecord>>(error);
  return current && 'dueDate' in current && sent.some((row) => row.id === current.id)
    ? (current as MilestoneRecord)
    : undefined;
};
