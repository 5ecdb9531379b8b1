/**
 * Enumerations shared by the API, the database CHECK constraints and the web app.
 * Each is a readonly tuple so that a type, a validator and a SQL `IN (...)` list
 * can all be derived from the one definition.
 */

export const INITIATIVE_STATUSES = [
  'not_started',
  'in_progress',
  'completed',
  'on_hold',
  'cancelled',
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const HEALTHS = ['green', 'amber', 'red'] as const;
export type Health = (typeof HEALTHS)[number];

export const MILESTONE_STATUSES = [
  'planned',
  'in_progress',
  'done',
  'delayed',
  'cancelled',
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** Milestone statuses that mean no more work is expected: never overdue, never reminded. */
export const CLOSED_MILESTONE_STATUSES: readonly MilestoneStatus[] = ['done', 'cancelled'];

export const ORGANISATION_KINDS = [
  'ministry',
  'region',
  'municipality',
  'support_organisation',
  'secretariat',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Denmark's five administrative regions. */
export const REGIONS = [
  'hovedstaden',
  'sjaelland',
  'syddanmark',
  'midtjylland',
  'nordjylland',
] as const;
export type Region = (typeof REGIONS)[number];

export const STATUS_REPORT_STATES = ['draft', 'submitted'] as const;
export type StatusReportState = (typeof STATUS_REPORT_STATES)[number];

/**
 * A measurement's path: proposed by the data owner, then approved by the secretariat or
 * returned with its reason (and proposed again). Only approved values count.
 */
export const MEASUREMENT_STATES = ['proposed', 'approved', 'returned'] as const;
export type MeasurementState = (typeof MEASUREMENT_STATES)[number];

/** A reporting round's life: prepared, open for reports, closed (and frozen). */
export const ROUND_STATES = ['draft', 'open', 'closed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/** Where an initiative stands in a round: its report submitted, only drafted, or none. */
export const ROUND_COMPLETIONS = ['submitted', 'draft', 'missing'] as const;
export type RoundCompletion = (typeof ROUND_COMPLETIONS)[number];

/**
 * Where a figure a round asks for stands (see `RoundFigureRow`): not proposed yet, returned
 * by the secretariat, proposed and awaiting approval, approved. Outstanding first.
 */
export const ROUND_FIGURE_STATES = ['missing', 'returned', 'proposed', 'approved'] as const;
export type RoundFigureState = (typeof ROUND_FIGURE_STATES)[number];

/** The figures that wait for the data owner: the round asks and reminds for these. */
export const OUTSTANDING_FIGURE_STATES: readonly RoundFigureState[] = ['missing', 'returned'];

/** What the steering group records against a round. */
export const ROUND_OUTCOME_KINDS = ['decision', 'action'] as const;
export type RoundOutcomeKind = (typeof ROUND_OUTCOME_KINDS)[number];

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How an initiative's progress figure came about. */
export const PROGRESS_METHODS = ['milestones', 'override', 'no_milestones'] as const;
export type ProgressMethod = (typeof PROGRESS_METHODS)[number];

/** What a person may do in Pejling; see `auth.ts` for what each role allows. */
export const ROLES = ['secretariat', 'owner', 'steering'] as const;
export type Role = (typeof ROLES)[number];

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Reminder rules: of milestones before the due date, after it (repeating), and the
 * escalation ladder; of reporting rounds the request when a round opens, a reminder before
 * its due date, and the secretariat's list of who is missing after it.
 */
export const REMINDER_KINDS = [
  'due_soon',
  'overdue',
  'escalation',
  'round_request',
  'round_due_soon',
  'round_missing',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Reminders that reach a person who has unsubscribed: they are the plan's, not a courtesy. */
export const UNSUBSCRIBE_EXEMPT_KINDS: readonly ReminderKind[] = [
  'escalation',
  'round_request',
  'round_missing',
];

/** Whom an escalation tells besides the milestone's responsible person. */
export const ESCALATION_TARGETS = ['lead_contact', 'secretariat'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

/**
 * Why a person gets a reminder. `lead_responsible`: responsible for the initiative in its
 * lead organisation, told in place of the organisation's contact person, which it lacks.
 * `data_owner`: asked for a target's figures for the data owner (its person, else the
 * organisation's contact person, else its owners).
 */
export const RECIPIENT_ROLES = [
  'responsible',
  ...ESCALATION_TARGETS,
  'lead_responsible',
  'data_owner',
] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/**
 * An e-mail's life (a reminder's delivery, an invitation): decided (`pending`), in the
 * queue, being sent (its Message-ID and links are recorded, the mail server is being
 * talked to), then sent or failed; `outbox` without a mail server.
 */
export const DELIVERY_STATUSES = [
  'pending',
  'queued',
  'sending',
  'sent',
  'failed',
  'outbox',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The statuses of what is not sent yet and is on its way: a worker will take it. */
export const UNSENT_STATUSES = [
  'pending',
  'queued',
  'sending',
] as const satisfies readonly DeliveryStatus[];

/**
 * Why an e-mail is not sent (yet), in words the web app translates; the mail server's own
 * answer, where there is one, is kept beside it as it came.
 *
 * - `no_mail_server`: kept in the outbox, as `SMTP_URL` is not set;
 * - `recipient_inactive`: the person was deactivated before it was sent;
 * - `refused`: the mail server refused it for good (a 5xx answer): not tried again;
 * - `temporary`: the mail server could not take it (a 4xx answer, no connection, no
 *   answer in time): tried again later, and failed when the attempts are used up;
 * - `not_queued`: the queue (Redis) could not be reached to send it;
 * - `internal`: Pejling itself failed while sending (the database, say);
 * - `superseded`: an invitation replaced by a newer one before it was sent;
 * - `expired`: an invitation that expired before it could be sent.
 */
export const DELIVERY_PROBLEMS = [
  'no_mail_server',
  'recipient_inactive',
  'refused',
  'temporary',
  'not_queued',
  'internal',
  'superseded',
  'expired',
] as const;
export type DeliveryProblem = (typeof DELIVERY_PROBLEMS)[number];

/** Whether e-mail goes out: over SMTP, or into the outbox (no `SMTP_URL`). */
export const MAIL_MODES = ['smtp', 'outbox'] as const;
export type MailMode = (typeof MAIL_MODES)[number];

/** How a person gets their reminders: one e-mail a day with everything, or one per milestone. */
export const REMINDER_MODES = ['digest', 'per_item'] as const;
export type ReminderMode = (typeof REMINDER_MODES)[number];
