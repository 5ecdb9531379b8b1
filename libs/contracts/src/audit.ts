import { ATTACHMENT_PARENT_RESOURCES, type AttachmentRecord } from './attachments';
import type { AuditAction } from './enums';
import type { EnumLabels } from './labels';
import type {
  CommentRecord,
  FocusAreaRecord,
  InitiativeRecord,
  IsoInstant,
  MeasurementRecord,
  MilestoneRecord,
  OrganisationRecord,
  PersonRecord,
  StatusReportRecord,
  StrategyRecord,
  TargetRecord,
  TargetInitiativeLink,
} from './records';
import type { TargetSeries } from './target-series';
import type { ReminderRuleRecord } from './reminders';
import type { ResourceName } from './resources';
import type { ReportingRoundRecord, RoundOutcomeRecord } from './rounds';

/** Each resource the audit trail records changes of, and the record type it stores. */
export interface AuditedRecords {
  strategies: StrategyRecord;
  'focus-areas': FocusAreaRecord;
  /** With the single lead that events stored before an initiative had several name. */
  initiatives: InitiativeRecord & { leadOrganisationId?: number | null };
  milestones: MilestoneRecord;
  organisations: OrganisationRecord;
  people: PersonRecord;
  targets: TargetRecord;
  measurements: MeasurementRecord;
  'status-reports': StatusReportRecord;
  'reporting-rounds': ReportingRoundRecord;
  'round-outcomes': RoundOutcomeRecord;
  comments: CommentRecord;
  attachments: AttachmentRecord;
  'reminder-rules': ReminderRuleRecord;
}

/** Every resource but the two logs, which are read-only. */
export type AuditedResource = keyof AuditedRecords;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
/** A compile error when a resource is added to RESOURCES but not to `AuditedRecords`. */
export type EveryWritableResourceIsAudited = Holds<
  Same<AuditedResource, Exclude<ResourceName, 'audit-events' | 'reminder-deliveries'>>
>;

/**
 * What a field of a record holds, as the history shows it:
 * - `bookkeeping`: changes with every write (id, version, timestamps): never shown;
 * - `derived`: computed from other records or from today's date (an initiative's progress,
 *   a milestone's being overdue): not a change anyone made, so not shown;
 * - `text`, `longText` (shown from where it changed), `number`, `percent`, `day`,
 *   `instant`, `boolean`;
 * - `{ enum }`: a value named by `ENUM_LABELS[language][enum]`;
 * - `{ ref }`, `{ refs }`: the id, or ids, of records of that resource, shown by name;
 * - `parent`: the id of the record of the resource that the record's `parentType` names
 *   (an attachment's), shown by name;
 * - `bytes`: a size, shown in kB or MB; `year`: a calendar year, shown without grouping;
 * - `reviews`: the steering group's reviews of a round; `series`: a target's series.
 */
export type FieldKind =
  | 'bookkeeping'
  | 'derived'
  | 'text'
  | 'longText'
  | 'number'
  | 'percent'
  | 'day'
  | 'instant'
  | 'boolean'
  | 'bytes'
  | 'year'
  | 'parent'
  | { enum: keyof EnumLabels }
  | { ref: AuditedResource }
  | { refs: AuditedResource }
  | 'reviews'
  | 'series'
  | 'initiativeLinks';

/** The enumerations whose labels name every value of `V`. */
type LabelsCovering<V> = {
  [K in keyof EnumLabels]: [V] extends [keyof EnumLabels[K]] ? K : never;
}[keyof EnumLabels];

/** The kinds a field of type `V` may be described as. */
type KindOf<V> =
  | 'bookkeeping'
  | 'derived'
  | ([NonNullable<V>] extends [boolean]
      ? 'boolean'
      : [NonNullable<V>] extends [number]
        ? 'number' | 'percent' | 'bytes' | 'year' | 'parent' | { ref: AuditedResource }
        : [NonNullable<V>] extends [number[]]
          ? { refs: AuditedResource }
          : string extends NonNullable<V>
            ? 'text' | 'longText' | 'day' | 'instant'
            : [NonNullable<V>] extends [string]
              ? { enum: LabelsCovering<NonNullable<V>> }
              : [NonNullable<V>] extends [TargetSeries[]]
                ? 'series'
                : [NonNullable<V>] extends [TargetInitiativeLink[]]
                  ? 'initiativeLinks'
                  : 'reviews');

/** Every field of a record type, described: the compiler refuses one left out or added. */
export type FieldKinds<R> = { readonly [K in keyof R]-?: KindOf<R[K]> };

const META = {
  id: 'bookkeeping',
  version: 'bookkeeping',
  createdAt: 'bookkeeping',
  updatedAt: 'bookkeeping',
} as const;

/**
 * Every field of every audited record, and what it holds: what the history translates
 * (enumerations), names (references) or leaves out. The server reads the references here
 * to name them for the history.
 */
export const RECORD_FIELDS: { readonly [R in AuditedResource]: FieldKinds<AuditedRecords[R]> } = {
  strategies: {
    ...META,
    name: 'text',
    subtitle: 'text',
    periodStart: 'day',
    periodEnd: 'day',
    vision: 'longText',
  },
  'focus-areas': {
    ...META,
    strategyId: { ref: 'strategies' },
    code: 'text',
    title: 'text',
    description: 'longText',
    sortOrder: 'number',
  },
  initiatives: {
    ...META,
    strategyId: { ref: 'strategies' },
    focusAreaId: { ref: 'focus-areas' },
    code: 'text',
    title: 'text',
    description: 'longText',
    leadOrganisationId: { ref: 'organisations' },
    leadOrganisationIds: { refs: 'organisations' },
    // Set with the leads; a lead the secretariat names is no longer inferred.
    inferredLeadOrganisationIds: 'derived',
    partnerOrganisationIds: { refs: 'organisations' },
    responsiblePersonIds: { refs: 'people' },
    startDate: 'day',
    endDate: 'day',
    status: { enum: 'initiativeStatus' },
    health: { enum: 'health' },
    // Rolled up from the milestones: it moves when they do, whoever edits the initiative.
    progress: 'derived',
    progressMethod: { enum: 'progressMethod' },
    progressComputed: 'derived',
    milestonesDone: 'derived',
    milestonesCounted: 'derived',
    // Turns as days pass, not by anyone's change.
    milestonesOverdue: 'derived',
    progressOverride: 'percent',
    progressOverrideReason: 'longText',
  },
  milestones: {
    ...META,
    initiativeId: { ref: 'initiatives' },
    // The initiative's: they follow it.
    focusAreaId: 'derived',
    strategyId: 'derived',
    title: 'text',
    description: 'longText',
    dueDate: 'day',
    // Set once, when the milestone is planned; a move shows as a change of `dueDate`.
    originalDueDate: 'day',
    responsiblePersonId: { ref: 'people' },
    status: { enum: 'milestoneStatus' },
    completedOn: 'day',
    // Turns true as days pass, not by anyone's change.
    overdue: 'derived',
    // Follows from the due dates.
    moved: 'derived',
  },
  organisations: {
    ...META,
    name: 'text',
    shortName: 'text',
    kind: { enum: 'organisationKind' },
    region: { enum: 'region' },
    contactPersonId: { ref: 'people' },
  },
  people: {
    ...META,
    name: 'text',
    email: 'text',
    organisationId: { ref: 'organisations' },
    title: 'text',
    role: { enum: 'role' },
    active: 'boolean',
    language: { enum: 'language' },
    reminderMode: { enum: 'reminderMode' },
    remindersEnabled: 'boolean',
    hasPassword: 'boolean',
    calendarFeedSince: 'instant',
  },
  targets: {
    ...META,
    strategyId: { ref: 'strategies' },
    number: 'number',
    title: 'text',
    description: 'longText',
    unit: 'text',
    byRegion: 'boolean',
    dataOwnerOrganisationId: { ref: 'organisations' },
    dataOwnerPersonId: { ref: 'people' },
    series: 'series',
    // Computed from the series and the measurements.
    assessment: 'derived',
    // Which initiatives, named; their links say how each contributes.
    initiativeIds: { refs: 'initiatives' },
    initiativeLinks: 'initiativeLinks',
  },
  measurements: {
    ...META,
    targetId: { ref: 'targets' },
    seriesKey: 'text',
    year: 'year',
    region: { enum: 'region' },
    value: 'number',
    source: 'text',
    state: { enum: 'measurementState' },
    returnReason: 'longText',
    proposedByPersonId: { ref: 'people' },
  },
  'status-reports': {
    ...META,
    initiativeId: { ref: 'initiatives' },
    authorPersonId: { ref: 'people' },
    reportDate: 'day',
    health: { enum: 'health' },
    summary: 'longText',
    risks: 'longText',
    nextSteps: 'longText',
    state: { enum: 'reportState' },
    submittedAt: 'instant',
    roundId: { ref: 'reporting-rounds' },
    supersedesId: { ref: 'status-reports' },
  },
  'reporting-rounds': {
    ...META,
    strategyId: { ref: 'strategies' },
    title: 'text',
    dueDate: 'day',
    meetingDate: 'day',
    state: { enum: 'roundState' },
    initiativeIds: { refs: 'initiatives' },
    figuresYear: 'year',
    openedAt: 'instant',
    closedAt: 'instant',
    // Counted from the status reports.
    submitted: 'derived',
    drafts: 'derived',
    missing: 'derived',
    reviewedBy: 'reviews',
  },
  'round-outcomes': {
    ...META,
    roundId: { ref: 'reporting-rounds' },
    kind: { enum: 'outcomeKind' },
    text: 'longText',
    responsiblePersonId: { ref: 'people' },
    dueDate: 'day',
    initiativeId: { ref: 'initiatives' },
    milestoneId: { ref: 'milestones' },
    createdByPersonId: { ref: 'people' },
    // The round's state, not the decision's.
    roundReviewed: 'derived',
  },
  comments: {
    ...META,
    initiativeId: { ref: 'initiatives' },
    authorPersonId: { ref: 'people' },
    body: 'longText',
    editedAt: 'bookkeeping',
  },
  attachments: {
    id: 'bookkeeping',
    createdAt: 'bookkeeping',
    parentType: { enum: 'attachmentParent' },
    parentId: 'parent',
    fileName: 'text',
    contentType: 'text',
    size: 'bytes',
    uploadedByPersonId: { ref: 'people' },
  },
  'reminder-rules': {
    ...META,
    kind: { enum: 'reminderKind' },
    days: 'number',
    repeatEveryDays: 'number',
    escalateTo: { enum: 'recipientRole' },
    active: 'boolean',
  },
};

/**
 * The fields a record is named by (the web app's `recordName`): a person by name, an
 * initiative by code and title, a status report by its date and initiative, … The server
 * reads these of every record an audit event refers to.
 */
export const NAME_FIELDS = {
  strategies: ['name'],
  'focus-areas': ['code', 'title'],
  initiatives: ['code', 'title'],
  milestones: ['title'],
  organisations: ['shortName', 'name'],
  people: ['name'],
  targets: ['number', 'title'],
  measurements: ['targetId', 'year', 'region'],
  'status-reports': ['reportDate', 'initiativeId'],
  'reporting-rounds': ['title'],
  'round-outcomes': ['text'],
  comments: ['body'],
  attachments: ['fileName'],
  'reminder-rules': ['kind', 'days', 'repeatEveryDays', 'escalateTo'],
} as const satisfies { readonly [R in AuditedResource]: readonly (keyof AuditedRecords[R])[] };

export type NameField<R extends AuditedResource> = (typeof NAME_FIELDS)[R][number];

/**
 * What names a record of resource `R`. Partial: an event stored by an older version may
 * lack a field.
 */
export type NameValues<R extends AuditedResource> = Partial<
  Pick<AuditedRecords[R], Extract<NameField<R>, keyof AuditedRecords[R]>>
>;

/** A record an audit event refers to, for the history to name it. */
export interface AuditReference {
  /**
   * Its `NAME_FIELDS`: as it is now; once deleted, as the audit trail last had it (empty
   * when the trail never had it).
   */
  values: Record<string, unknown>;
  deleted: boolean;
}

/** Record ids, by resource, to the records they are: every record an event refers to. */
export type AuditReferences = { [R in AuditedResource]?: Record<string, AuditReference> };

/** One create, update or delete, with the record as it was before and after. */
export interface AuditEventRecord {
  id: number;
  at: IsoInstant;
  personId: number | null;
  /** The name at the time, kept when the person is gone. */
  personName: string | null;
  resource: string;
  recordId: number;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The initiative the record belongs to, so an initiative's history includes its milestones'. */
  initiativeId: number | null;
  /**
   * The records the event refers to (its own included), named as they are now or marked
   * deleted: those of its references that a name itself refers to (a status report's
   * initiative) as well.
   */
  references: AuditReferences;
}

/** Whether `resource` is one the audit trail records (an older event may name another). */
export const isAudited = (resource: string): resource is AuditedResource =>
  Object.prototype.hasOwnProperty.call(RECORD_FIELDS, resource);

/**
 * The resource a field refers to, and whether it holds a list of ids; none for other
 * fields. A `parent` field refers to the resource its record's `parentType` names, so it
 * needs the record's `values`.
 */
export function referenceOf(
  resource: string,
  field: string,
  values?: Record<string, unknown>,
): { resource: AuditedResource; many: boolean } | undefined {
  if (!isAudited(resource)) return undefined;
  const kind = (RECORD_FIELDS[resource] as Record<string, FieldKind | undefined>)[field];
  if (kind === 'parent') {
    const type = values?.['parentType'];
    return typeof type === 'string' && Object.hasOwn(ATTACHMENT_PARENT_RESOURCES, type)
      ? {
          resource: ATTACHMENT_PARENT_RESOURCES[type as keyof typeof ATTACHMENT_PARENT_RESOURCES],
          many: false,
        }
      : undefined;
  }
  if (typeof kind !== 'object') return undefined;
  if ('ref' in kind) return { resource: kind.ref, many: false };
  if ('refs' in kind) return { resource: kind.refs, many: true };
  return undefined;
}
