import type { AssessedTargetSeries, TargetAssessment } from './target-series';
import type {
  Health,
  InitiativeStatus,
  MilestoneStatus,
  Language,
  MeasurementState,
  OrganisationKind,
  ProgressMethod,
  Region,
  ReminderMode,
  Role,
  StatusReportState,
} from './enums';

/** Dates without a time of day travel as `YYYY-MM-DD`; instants as ISO 8601 strings. */
export type IsoDate = string;
export type IsoInstant = string;

/** Fields every editable record carries. `version` guards against lost updates. */
export interface RecordMeta {
  id: number;
  version: number;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
}

export interface StrategyRecord extends RecordMeta {
  name: string;
  subtitle: string | null;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  vision: string;
}

export interface FocusAreaRecord extends RecordMeta {
  strategyId: number;
  code: string;
  title: string;
  description: string;
  sortOrder: number;
}

export interface InitiativeRecord extends RecordMeta {
  strategyId: number;
  focusAreaId: number;
  code: string;
  title: string;
  description: string;
  /** In the order the plan names them; the first is the main lead. */
  leadOrganisationIds: number[];
  /** Those of the leads the strategy's text does not name: Pejling's reading, shown as such. */
  inferredLeadOrganisationIds: number[];
  partnerOrganisationIds: number[];
  responsiblePersonIds: number[];
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  status: InitiativeStatus;
  health: Health | null;
  /** 0–100: the override when one is set, otherwise done ÷ not-cancelled milestones. */
  progress: number;
  progressMethod: ProgressMethod;
  /** The milestone figure, whether or not an override replaces it. */
  progressComputed: number | null;
  milestonesDone: number;
  /** Milestones that count towards progress: all but the cancelled ones. */
  milestonesCounted: number;
  /** Milestones overdue on today (the clock's date). */
  milestonesOverdue: number;
  progressOverride: number | null;
  progressOverrideReason: string | null;
}

export interface MilestoneRecord extends RecordMeta {
  initiativeId: number;
  focusAreaId: number;
  strategyId: number;
  title: string;
  description: string;
  dueDate: IsoDate;
  /** The due date it was planned with; differs from `dueDate` once the deadline has moved. */
  originalDueDate: IsoDate;
  responsiblePersonId: number | null;
  status: MilestoneStatus;
  completedOn: IsoDate | null;
  /** Due before today (the clock's date) and neither done nor cancelled. */
  overdue: boolean;
  /** Its due date has moved from the one it was planned with. */
  moved: boolean;
}

export interface OrganisationRecord extends RecordMeta {
  name: string;
  shortName: string;
  kind: OrganisationKind;
  region: Region | null;
  /** Whom escalations of the organisation's overdue milestones go to. */
  contactPersonId: number | null;
}

export interface PersonRecord extends RecordMeta {
  name: string;
  email: string;
  organisationId: number | null;
  title: string | null;
  role: Role;
  /** An inactive person cannot sign in and gets no reminders. */
  active: boolean;
  language: Language;
  /** One digest a day, or one e-mail per milestone. */
  reminderMode: ReminderMode;
  /** False once the person has unsubscribed: escalations still reach them, nothing else. */
  remindersEnabled: boolean;
  /** Whether a password is set (the first one comes from an invitation). */
  hasPassword: boolean;
  /** Since when the person's calendar feed has had its address; null without a feed. */
  calendarFeedSince: IsoInstant | null;
}

/** An initiative that should move a target, and how. */
export interface TargetInitiativeLink {
  initiativeId: number;
  /** How the initiative contributes, in a line; empty where nobody has said. */
  contribution: string;
  /** The strategy's text does not state it: the link is a reading of the text, shown so. */
  inferred: boolean;
}

export interface TargetRecord extends RecordMeta {
  strategyId: number;
  number: number;
  title: string;
  description: string;
  unit: string;
  byRegion: boolean;
  /**
   * Who reports its figures: an organisation, optionally a person in it. Without a person,
   * requests go to the organisation's contact person, then its owners. A series may name
   * its own.
   */
  dataOwnerOrganisationId: number | null;
  dataOwnerPersonId: number | null;
  /** Each with its assessment (read only). */
  series: AssessedTargetSeries[];
  /** A target of one series: that series' assessment; of several: null (see each). */
  assessment: TargetAssessment | null;
  /** The initiatives linked to it, by code (read only: `initiativeLinks` is what is written). */
  initiativeIds: number[];
  /** The links themselves, by initiative code; a write replaces them all. */
  initiativeLinks: TargetInitiativeLink[];
}

export interface MeasurementRecord extends RecordMeta {
  targetId: number;
  seriesKey: string;
  year: number;
  region: Region | null;
  value: number;
  /** Where the figure comes from; required of every new one (older ones may lack it). */
  source: string | null;
  /** Only an approved value counts: in charts, the dashboard, assessments, the meeting pack. */
  state: MeasurementState;
  /** The secretariat's reason, while it is returned. */
  returnReason: string | null;
  /** Who proposed it; null for a value the secretariat entered itself. */
  proposedByPersonId: number | null;
}

export interface StatusReportRecord extends RecordMeta {
  initiativeId: number;
  authorPersonId: number | null;
  reportDate: IsoDate;
  health: Health;
  summary: string;
  risks: string;
  nextSteps: string;
  state: StatusReportState;
  submittedAt: IsoInstant | null;
  /** The reporting round the report answers, if any. */
  roundId: number | null;
  /** The submitted report this one corrects, if any. */
  supersedesId: number | null;
}

/** A remark on an initiative, signed by the person who wrote it. */
export interface CommentRecord extends RecordMeta {
  initiativeId: number;
  authorPersonId: number;
  body: string;
  /** When the author last changed the text; null if never. */
  editedAt: IsoInstant | null;
}

/**
 * A change to one of the initiative's milestones sent with a status report
 * (`milestoneUpdates` in its create or update body), saved in the same transaction.
 */
export interface MilestoneUpdate {
  id: number;
  version: number;
  status: MilestoneStatus;
  completedOn?: IsoDate | null;
}

/** One focus area's figures on the dashboard, computed in SQL. */
export interface DashboardFocusArea {
  focusAreaId: number;
  code: string;
  title: string;
  initiatives: number;
  byHealth: Record<Health | 'none', number>;
  byStatus: Record<InitiativeStatus, number>;
  milestonesDone: number;
  /** All milestones but the cancelled ones. */
  milestonesTotal: number;
  milestonesOverdue: number;
  /** Milestones (not cancelled) whose due date has moved from the one they were planned with. */
  milestonesMoved: number;
}

export interface Dashboard {
  strategyId: number;
  strategyName: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  today: IsoDate;
  /** Share of the plan period that has passed as of today, 0–100. */
  periodElapsed: number;
  focusAreas: DashboardFocusArea[];
  totals: Omit<DashboardFocusArea, 'focusAreaId' | 'code' | 'title'>;
}

/** What the web app needs to know about the server it talks to. */
export interface AppInfo {
  today: IsoDate;
  /** True when today is fixed by configuration (a demo or a test), not the real date. */
  fixedToday: boolean;
  demo: boolean;
  /** The largest attachment the server takes, in bytes. */
  attachmentMaxBytes: number;
}
