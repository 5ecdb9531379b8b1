import type { TargetAssessment, TargetSeries } from './target-series';
import type {
  Health,
  InitiativeStatus,
  MilestoneStatus,
  Region,
  RoundCompletion,
  RoundFigureState,
  RoundOutcomeKind,
  RoundState,
} from './enums';
import type { IsoDate, IsoInstant, RecordMeta } from './records';

/**
 * A reporting round (`/api/reporting-rounds`): before a steering-group meeting the
 * secretariat asks the owners of the initiatives in scope for a status report by
 * `dueDate`. `state` changes only through `POST …/:id/open` and `POST …/:id/close`.
 */
export interface ReportingRoundRecord extends RecordMeta {
  strategyId: number;
  title: string;
  dueDate: IsoDate;
  meetingDate: IsoDate;
  state: RoundState;
  /** The initiatives asked to report; on create, default: those not completed or cancelled. */
  initiativeIds: number[];
  /**
   * The year whose target figures the round asks the data owners for (see `RoundFigureRow`);
   * null: it asks for none. Set while the round is a draft.
   */
  figuresYear: number | null;
  openedAt: IsoInstant | null;
  closedAt: IsoInstant | null;
  /** How many initiatives in scope have a submitted report, only a draft, or none. */
  submitted: number;
  drafts: number;
  missing: number;
  /** Steering-group members who have marked the round reviewed. */
  reviewedBy: { personId: number; name: string; at: IsoInstant }[];
}

/** One row of a round's completion board (`GET /api/reporting-rounds/:id/completion`). */
export interface RoundCompletionRow {
  initiativeId: number;
  initiativeCode: string;
  initiativeTitle: string;
  focusAreaCode: string;
  completion: RoundCompletion;
  /** The latest report for the round: submitted if any, else the draft. */
  reportId: number | null;
  authorName: string | null;
  /** When it was submitted, or last saved as a draft. */
  at: IsoInstant | null;
  /** Whom the round asks: the initiative's responsible people. */
  responsible: { personId: number; name: string }[];
}

/**
 * One figure a round asks for (`GET /api/reporting-rounds/:id/figures`), for its
 * `figuresYear`: a series of one of the strategy's targets that has a data owner (its own,
 * else its target's), within the series' years. A target broken down by region is asked
 * for a figure per region (its figures are the regional ones); any other for the national
 * figure. Where it stands is its measurement's state, or `missing` without one.
 */
export interface RoundFigureRow {
  targetId: number;
  targetNumber: number;
  targetTitle: string;
  unit: string;
  seriesKey: string;
  seriesLabel: string;
  region: Region | null;
  dataOwnerOrganisationId: number;
  dataOwnerOrganisationName: string;
  dataOwnerPersonId: number | null;
  dataOwnerPersonName: string | null;
  state: RoundFigureState;
  /**
   * The approved value; a proposed or returned one only to those who read it (the
   * secretariat and the data owner), as are `measurementId` and `returnReason`.
   */
  value: number | null;
  measurementId: number | null;
  returnReason: string | null;
  /** The signed-in person speaks for its data owner: they propose it. */
  yours: boolean;
}

/** An asked figure as the round's report shows it: the approved value, else where it stands. */
export type RoundReportFigure = Pick<
  RoundFigureRow,
  | 'targetId'
  | 'targetNumber'
  | 'targetTitle'
  | 'unit'
  | 'seriesKey'
  | 'seriesLabel'
  | 'region'
  | 'dataOwnerOrganisationName'
  | 'state'
  | 'value'
>;

/** A milestone as the round's report shows it. */
export interface RoundReportMilestone {
  id: number;
  title: string;
  dueDate: IsoDate;
  /** The due date it was planned with; absent in snapshots taken before it was kept. */
  originalDueDate?: IsoDate;
  status: MilestoneStatus;
  responsibleName: string | null;
  /** Days past the due date on the report's day (positive: overdue). */
  daysLate: number;
}

/** A status report as the round's report shows it. */
export interface RoundReportStatusReport {
  id: number;
  health: Health;
  summary: string;
  risks: string;
  nextSteps: string;
  authorName: string | null;
  submittedAt: IsoInstant | null;
  /**
   * True: not an answer to this round, but the initiative's latest report submitted before
   * it (outside it, or to an earlier round), shown where the round has none. A snapshot
   * taken before this field existed lacks it: its reports all answer the round.
   */
  outsideRound?: boolean;
  /**
   * The files attached to the report, as they are now (a submitted report's files do not
   * change); absent in a snapshot, whose reader adds them.
   */
  attachments?: { fileName: string; size: number }[];
}

export interface RoundReportInitiative {
  id: number;
  code: string;
  title: string;
  /** The lead organisations' short names, in order; absent in snapshots taken before. */
  leads?: string[];
  status: InitiativeStatus;
  /** The health the round's report gives, else the initiative's own; null if neither. */
  health: Health | null;
  progress: number;
  /**
   * Since the previous closed round of the strategy: `progress` is the change in points,
   * `health` the health it had then. Null without a previous round that covered it.
   */
  change: { progress: number; health: Health | null } | null;
  /**
   * The submitted report for this round; without one, the latest submitted before it
   * (`outsideRound`); null if the initiative has never reported.
   */
  report: RoundReportStatusReport | null;
  /**
   * Its milestones (not cancelled) whose due date has moved from the one first planned;
   * absent in snapshots taken before due dates were kept.
   */
  milestonesMoved?: number;
  overdue: RoundReportMilestone[];
  /** Due within 60 days after the report's day. */
  upcoming: RoundReportMilestone[];
}

export interface RoundReportFocusArea {
  id: number;
  code: string;
  title: string;
  /** Initiatives in scope by health (`none`: not assessed). */
  byHealth: Record<Health | 'none', number>;
  initiatives: RoundReportInitiative[];
}

/**
 * The milestones of the areas' initiatives whose due date has moved; null where a snapshot
 * taken before due dates were kept cannot say.
 */
export function milestonesMovedIn(areas: RoundReportFocusArea[]): number | null {
  const initiatives = areas.flatMap((area) => area.initiatives);
  if (initiatives.some((i) => i.milestonesMoved === undefined)) return null;
  return initiatives.reduce((sum, i) => sum + (i.milestonesMoved ?? 0), 0);
}

export interface RoundReportTarget {
  id: number;
  number: number;
  title: string;
  unit: string;
  series: (TargetSeries & {
    /** The latest national value (not by region). */
    latest: { year: number; value: number } | null;
    /** On the report's day; absent in snapshots taken before targets were assessed. */
    assessment?: TargetAssessment;
  })[];
  /**
   * The initiatives that should move it, by health (`none`: not assessed); absent in
   * snapshots taken before targets had initiatives.
   */
  linkedHealth?: Record<Health | 'none', number>;
}

/** A decision or an action item the steering group recorded against a round. */
export interface RoundOutcome {
  id: number;
  kind: RoundOutcomeKind;
  text: string;
  responsiblePersonId: number | null;
  responsibleName: string | null;
  dueDate: IsoDate | null;
  /** An action item with an initiative becomes a milestone, which the reminders cover. */
  initiativeId: number | null;
  milestoneId: number | null;
  createdAt: IsoInstant;
}

/**
 * A round's compiled report (`GET /api/reporting-rounds/:id/report`, and as a PDF at
 * `…/report.pdf`). While the round is open it is computed now; once closed it is the
 * snapshot taken at closing, which later changes to the plan do not touch. The outcomes
 * are always the current ones.
 */
export interface RoundReport {
  round: Pick<
    ReportingRoundRecord,
    'id' | 'title' | 'dueDate' | 'meetingDate' | 'state' | 'closedAt'
  >;
  strategy: { id: number; name: string };
  /** The day (Europe/Copenhagen) the figures are as of. */
  asOf: IsoDate;
  /** True when the figures are the snapshot taken at closing. */
  frozen: boolean;
  /** The previous closed round that `change` compares with. */
  previousRound: { id: number; title: string; meetingDate: IsoDate } | null;
  focusAreas: RoundReportFocusArea[];
  targets: RoundReportTarget[];
  /**
   * The figures the round asks for, as they stand on the report's day (frozen at closing):
   * a value only where it is approved. Absent for a round that asks for none, and in
   * snapshots taken before rounds asked for figures.
   */
  figures?: { year: number; rows: RoundReportFigure[] };
  outcomes: RoundOutcome[];
}

/**
 * A decision or action item as a resource (`/api/round-outcomes`), recorded by the
 * steering group or the secretariat. An action item with an initiative and a due date
 * becomes a milestone of that initiative when it is created (`milestoneId`), so that the
 * reminders cover it; the milestone is then kept as a milestone.
 */
export interface RoundOutcomeRecord extends RecordMeta {
  roundId: number;
  kind: RoundOutcomeKind;
  text: string;
  responsiblePersonId: number | null;
  dueDate: IsoDate | null;
  initiativeId: number | null;
  milestoneId: number | null;
  /** Who recorded it: they (or the secretariat) may change or delete it. */
  createdByPersonId: number | null;
  /** Whether its round has been marked reviewed: then it is final. */
  roundReviewed: boolean;
}
