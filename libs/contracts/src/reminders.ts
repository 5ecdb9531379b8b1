import type {
  DeliveryProblem,
  DeliveryStatus,
  EscalationTarget,
  Language,
  MailMode,
  RecipientRole,
  ReminderKind,
} from './enums';
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
  /**
   * The reporting round whose report for the initiative, or figures for the target, it asks
   * for or misses.
   */
  roundId: number | null;
  roundTitle: string | null;
  /** Null for a round's call for a target's figures. */
  initiativeId: number | null;
  initiativeCode: string | null;
  /** The target whose figures a round asks for; null otherwise. */
  targetId: number | null;
  targetNumber: number | null;
  recipientPersonId: number;
  recipientName: string;
  recipientRole: RecipientRole;
  /** Told in place of the lead organisation's contact person, which it lacks. */
  standsInFor: 'lead_contact' | null;
  /** The day (Europe/Copenhagen) the reminder is for. */
  day: IsoDate;
  status: DeliveryStatus;
  attempts: number;
  /** Why it is not sent (yet); the web app says it in the reader's language. */
  problem: DeliveryProblem | null;
  /** The mail server's answer, or what else went wrong, as it came. */
  error: string | null;
  /** Unsent: when a worker should (have) take(n) it: when it was queued, or its retry. */
  nextAttemptAt: IsoInstant;
  /**
   * Unsent, and waiting longer than it should: not taken for a quarter of an hour after it
   * was due to be, or its worker's claim ran out. No worker runs, or the queue is away.
   */
  stale: boolean;
  sentAt: IsoInstant | null;
  messageId: string | null;
  createdAt: IsoInstant;
}

/**
 * `GET /api/reminder-deliveries/:id/message`: the e-mail a delivery went out in (or will),
 * made again from what the deliveries record, with the personal links left out.
 */
export interface DeliveryMessage {
  /** The deliveries the e-mail carries, this one among them. */
  deliveryIds: number[];
  to: { name: string; email: string };
  language: Language;
  subject: string;
  text: string;
  /** The Message-ID it went out (or is going out) with; null before a first attempt. */
  messageId: string | null;
  /** True: as it was sent; false: as it would be sent now. */
  sent: boolean;
}

/** How many of a day's deliveries stand in each status. */
export type DeliveryCounts = Record<DeliveryStatus, number>;

/**
 * An organisation that leads initiatives and has no contact person: what the rules would
 * tell its contact goes to those standing in (its people responsible for the initiative,
 * or else the secretariat).
 */
export interface MissingContact {
  /** Null: the initiatives have no lead organisation at all. */
  organisationId: number | null;
  organisationName: string | null;
  initiativeIds: number[];
  /** Who is told instead, by name. */
  standIns: string[];
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
  /**
   * The reporting round whose report for the initiative, or figures for the target, it asks
   * for or misses.
   */
  roundId: number | null;
  roundTitle: string | null;
  /** Null for a round's call for a target's figures. */
  initiativeId: number | null;
  /** The target whose figures a round asks for; null otherwise. */
  targetId: number | null;
  targetTitle: string | null;
  recipientPersonId: number;
  recipientName: string;
  recipientRole: RecipientRole;
  /** The milestone's due date, or the round's. */
  dueDate: IsoDate;
  /** Days past the due date; negative before it. */
  daysLate: number;
  /** Told in place of the lead organisation's contact person, which it lacks. */
  standsInFor: 'lead_contact' | null;
  /** Already recorded for the day (a run adds nothing for it), and what became of it. */
  recorded: { deliveryId: number; status: DeliveryStatus } | null;
}

/** One digest a run queued: everything for one person on one day. */
export interface QueuedDigest {
  jobId: string;
  personId: number;
  day: IsoDate;
  deliveryIds: number[];
}

/**
 * A dry run's answer: what is due on the day, and what running it now would do: record
 * the reminders not yet recorded, and queue an e-mail to each person with something new
 * or something unsent the queue does not have (lost with Redis, or never queued).
 */
export interface ReminderPreview {
  asOf: IsoDate;
  dryRun: true;
  due: DueReminderView[];
  /** How many reminders a run would record: the due ones not recorded yet. */
  toRecord: number;
  /** How many people a run would queue e-mail to. */
  toQueue: number;
  /** The day's deliveries as recorded so far, by status. */
  day: DeliveryCounts;
  missingContacts: MissingContact[];
  /** Whether e-mail goes out, or into the outbox (no mail server configured). */
  mail: MailMode;
  /** False when the queue (Redis) did not answer: a run would fail now (503). */
  queueAvailable: boolean;
}

/** What a run did: recorded what was new, and queued e-mail (one job per person). */
export interface ReminderRun {
  asOf: IsoDate;
  dryRun: false;
  recorded: number;
  queued: QueuedDigest[];
  /** The day's deliveries after the run, by status. */
  day: DeliveryCounts;
  mail: MailMode;
}

/** The answer of `POST /api/reminders/run`. */
export type ReminderRunResult = ReminderPreview | ReminderRun;

/** The answer of `POST /api/reporting-rounds/:id/remind`. */
export interface RoundReminded {
  /** Reminders recorded now (those asked today already are not asked again). */
  recorded: number;
  /** People e-mail was queued to. */
  queued: number;
  mail: MailMode;
}

/** `POST /api/people/:id/invitation`: the link to pass on, and the e-mail that carries it. */
export interface InvitationResult {
  url: string;
  expiresAt: IsoInstant;
  email: {
    to: string;
    /** The person's language, which the e-mail is written in. */
    language: Language;
    /** `outbox`: no mail server is configured, so the e-mail is not sent. */
    mail: MailMode;
    /** False when the queue (Redis) did not answer: the e-mail goes once it is back. */
    queued: boolean;
  };
}

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
