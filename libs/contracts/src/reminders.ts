import type { DeliveryStatus, EscalationTarget, RecipientRole, ReminderKind } from './enums';
import type { IsoDate, IsoInstant, RecordMeta } from './records';
import type { Me } from './auth';

/** One row of the delivery log (`GET /api/reminder-deliveries`). */
export interface ReminderDeliveryRecord {
  id: number;
  ruleId: number;
  kind: ReminderKind;
  /** The milestone it is about; null for a reporting round's reminder. */
  milestoneId: number | null;
  milestoneTitle: string | null;
  /** The reporting round whose report for the initiative it asks for or misses. */
  roundId: number | null;
  roundTitle: string | null;
  initiativeId: number;
  initiativeCode: string;
  recipientPersonId: number;
  recipientName: string;
  recipientRole: RecipientRole;
  /** The day (Europe/Copenhagen) the reminder is for. */
  day: IsoDate;
  status: DeliveryStatus;
  attempts: number;
  error: string | null;
  sentAt: IsoInstant | null;
  messageId: string | null;
  createdAt: IsoInstant;
}

/** The body of `POST /api/reminders/run`. */
export interface ReminderRunRequest {
  /** The day to run for; today in Europe/Copenhagen when left out. */
  asOf?: IsoDate;
  /** Answer what would be sent, and send nothing. */
  dryRun?: boolean;
}

/** One reminder a run decided is due (a dry run answers these). */
export interface DueReminderView {
  ruleId: number;
  kind: ReminderKind;
  /** The milestone it is about; null for a reporting round's reminder. */
  milestoneId: number | null;
  milestoneTitle: string | null;
  /** The reporting round whose report for the initiative it asks for or misses. */
  roundId: number | null;
  roundTitle: string | null;
  initiativeId: number;
  recipientPersonId: number;
  recipientName: string;
  recipientRole: RecipientRole;
  /** The milestone's due date, or the round's. */
  dueDate: IsoDate;
  /** Days past the due date; negative before it. */
  daysLate: number;
}

/** One digest a run queued: everything for one person on one day. */
export interface QueuedDigest {
  jobId: string;
  personId: number;
  day: IsoDate;
  deliveryIds: number[];
}

/** The answer of `POST /api/reminders/run`. */
export type ReminderRunResult =
  | { asOf: IsoDate; dryRun: true; due: DueReminderView[] }
  | { asOf: IsoDate; dryRun: false; recorded: number; queued: QueuedDigest[] };

/**
 * A reminder rule (`/api/reminder-rules`), edited by the secretariat:
 * - `due_soon`: `days` before the due date;
 * - `overdue`: `days` after it, then every `repeatEveryDays` while the milestone is open;
 * - `escalation`: `days` after it, to the responsible person and `escalateTo` as well.
 */
export interface ReminderRuleRecord extends RecordMeta {
  kind: ReminderKind;
  days: number;
  /** Only for `overdue`; null: once. */
  repeatEveryDays: number | null;
  /** Required for `escalation`, null for the others. */
  escalateTo: EscalationTarget | null;
  active: boolean;
}

/** `GET /api/calendar-link`: whether the signed-in person has a calendar feed. */
export interface CalendarLinkStatus {
  active: boolean;
  createdAt: IsoInstant | null;
}

/**
 * `POST /api/calendar-link`: a new feed address for the signed-in person; the old one
 * stops working. Only its hash is kept, so this is the only time the address is shown.
 */
export interface CalendarLink {
  url: string;
  createdAt: IsoInstant;
}

/** `POST /api/auth/link`: signed in by a link from an e-mail, and where it leads. */
export interface SignInLinkResult {
  me: Me;
  /** A path in the web app, such as `/milestones/12/show`. */
  path: string;
}

/** `POST /api/unsubscribe/:token`: who no longer gets reminders (escalations still come). */
export interface UnsubscribeResult {
  name: string;
}
