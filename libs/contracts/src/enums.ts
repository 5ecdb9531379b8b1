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

/** A reporting round's life: prepared, open for reports, closed (and frozen). */
export const ROUND_STATES = ['draft', 'open', 'closed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/** Where an initiative stands in a round: its report submitted, only drafted, or none. */
export const ROUND_COMPLETIONS = ['submitted', 'draft', 'missing'] as const;
export type RoundCompletion = (typeof ROUND_COMPLETIONS)[number];

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

/** Why a person gets a reminder. */
export const RECIPIENT_ROLES = ['responsible', ...ESCALATION_TARGETS] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/** A delivery's life: decided, queued, then sent or failed; `outbox` without a mail server. */
export const DELIVERY_STATUSES = ['pending', 'queued', 'sent', 'failed', 'outbox'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** How a person gets their reminders: one e-mail a day with everything, or one per milestone. */
export const REMINDER_MODES = ['digest', 'per_item'] as const;
export type ReminderMode = (typeof REMINDER_MODES)[number];
