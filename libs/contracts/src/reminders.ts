import type { DeliveryStatus, RecipientRole, ReminderKind } from './enums';
import type { IsoDate, IsoInstant } from './records';

/** One row of the delivery log (`GET /api/reminder-deliveries`). */
export interface ReminderDeliveryRecord {
  id: number;
  ruleId: number;
  kind: ReminderKind;
  milestoneId: number;
  milestoneTitle: string;
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
  milestoneId: number;
  milestoneTitle: string;
  initiativeId: number;
  recipientPersonId: number;
  recipientName: string;
  recipientRole: RecipientRole;
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
