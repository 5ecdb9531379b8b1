import type { Language, Role } from './enums';
import type { ResourceName } from './resources';

/** react-admin's names for what can be done with a resource. */
export const ACTIONS = ['list', 'show', 'create', 'edit', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];

/** What may be done beyond a resource's records; `Me.operations` lists the person's. */
export const OPERATIONS = [
  /** Run the reminder scan by hand, or preview it (`POST /api/reminders/run`). */
  'run-reminders',
  /** See every person's reminder deliveries; anyone else sees only their own. */
  'list-all-deliveries',
  /** Send a failed reminder delivery again. */
  'resend-reminders',
  /** Open and close reporting rounds. */
  'run-rounds',
  /** Mark a closed reporting round reviewed (the steering group). */
  'review-rounds',
  /** Approve a proposed target figure, or return it with a reason. */
  'approve-measurements',
  /** Download the plan as a workbook, or a blank one for a new strategy. */
  'export-workbooks',
  /** Read a workbook into a preview of what it changes, and apply it. */
  'import-plans',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** The signed-in person, as `GET /api/auth/me` and `POST /api/auth/login` answer. */
export interface Me {
  person: {
    id: number;
    name: string;
    email: string;
    organisationId: number | null;
    language: Language;
  };
  role: Role;
  organisation: { id: number; name: string; shortName: string } | null;
  /** What the role allows per resource. For an owner, `edit` on initiatives and writes to
   * milestones and status reports hold only for the initiatives in `initiativeIds`. */
  permissions: Partial<Record<ResourceName, Action[]>>;
  /** What the role allows beyond records. */
  operations: Operation[];
  /** The initiatives this person may change as an owner. */
  initiativeIds: number[];
  /** The targets with a series whose data owner this person speaks for (proposes figures). */
  dataTargetIds: number[];
}

export const MIN_PASSWORD_LENGTH = 12;
