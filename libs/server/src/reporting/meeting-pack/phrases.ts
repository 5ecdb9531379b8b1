import {
  ENUM_LABELS,
  GLOSSARY,
  type Health,
  type InitiativeStatus,
  type Language,
  type MilestoneStatus,
  type Region,
  type RoundFigureState,
  type RoundOutcomeKind,
} from '@pejling/contracts';
import { LOCALES, type Plural } from '../../core/i18n/phrasing';

/** A health, or `none` for an initiative nobody has assessed. */
export type HealthKey = Health | 'none';

/** Everything the meeting pack says, in one language. Content from the report stays as given. */
export interface Phrases {
  /** BCP 47 locale for dates, numbers and plural rules. */
  locale: string;
  documentKind: string;
  facts: {
    strategy: string;
    meetingDate: string;
    dueDate: string;
    asOf: string;
    figures: string;
  };
  /** Whether the figures are the snapshot taken at closing or still being computed. */
  figures: Record<'frozen' | 'live', { label: string; note: string }>;
  healthByArea: string;
  focusArea: string;
  total: string;
  targets: string;
  targetColumns: Record<'number' | 'target' | 'baseline' | 'latest' | 'goal' | 'unit', string>;
  /** Shown instead of a value the target does not have. */
  noValue: Record<'baseline' | 'latest' | 'goal', string>;
  /** A series' assessment on the report's day, a sentence each (see `assessmentLines`). */
  assessment: {
    expected: (value: string, year: number) => string;
    onTrack: (value: string, year: number) => string;
    behind: (value: string, year: number) => string;
    noValue: string;
    projected: (
      value: string,
      year: number,
      trend: { points: number; from: number; to: number },
    ) => string;
    noProjection: string;
  };
  /** After "4 initiativer": that they should move the target. */
  linked: string;
  linkedNone: string;
  sinceLastRound: string;
  comparedWith: (title: string, meetingDate: string) => string;
  noPreviousRound: string;
  noChanges: string;
  initiative: string;
  status: string;
  health: string;
  progress: string;
  /** A change in progress, `points` being signed: "+15 procentpoint". */
  points: (points: string) => string;
  unchanged: string;
  /** After a progress change in an initiative's facts: "+15 procentpoint siden sidste runde". */
  sinceLast: (change: string) => string;
  /** The health an initiative had at the previous round, `health` in lower case. */
  healthWas: (health: string) => string;
  healthLabels: Record<HealthKey, string>;
  initiativeStatus: Record<InitiativeStatus, string>;
  milestoneStatus: Record<MilestoneStatus, string>;
  focusAreaKicker: (code: string) => string;
  initiatives: Plural<string>;
  /** "4 initiativer i runden". */
  inRound: (initiatives: string) => string;
  noInitiatives: string;
  statusReport: string;
  /** The heading of an initiative's latest report where the round has none of its own. */
  latestReport: string;
  /** After who submitted such a report: that it does not answer this round. */
  outsideRound: string;
  /** Who submitted the report and on which day; either may be unknown. */
  submitted: (day: string | null, author: string | null) => string;
  summary: string;
  risks: string;
  nextSteps: string;
  nothingWritten: string;
  /** The files attached to a status report. */
  attachments: string;
  noReport: string;
  overdue: string;
  upcoming: string;
  milestone: string;
  due: string;
  late: string;
  responsible: string;
  notAssigned: string;
  days: Plural<string>;
  dueToday: string;
  dueIn: (days: string) => string;
  /** Counted milestones whose due date has moved, as a heading and an initiative's fact. */
  moved: string;
  /** An initiative's lead organisations. */
  leads: string;
  /** The number of them in the round's initiatives, among the key facts. */
  movedCount: (count: string) => string;
  /** Under a moved milestone's due date: "flyttet fra 15. marts 2017". */
  movedFrom: (day: string) => string;
  noMilestones: string;
  outcomes: string;
  outcomeKinds: Record<RoundOutcomeKind, string>;
  /** The heading of an outcome's text: what the web app calls the kind. */
  outcomeText: Record<RoundOutcomeKind, string>;
  noDueDate: string;
  page: (page: number, pages: number) => string;
  /** The target figures the round asks the data owners for (`figuresSection`). */
  targetFigures: {
    title: (year: number) => string;
    approved: (approved: string, total: string) => string;
    /** Where no target has a data owner to ask. */
    none: string;
    columns: Record<'number' | 'series' | 'dataOwner' | 'value', string>;
    states: Record<RoundFigureState, string>;
    regions: Record<Region, string>;
  };
}

/** The phrase tables; adding a language is adding an entry. */
export const PHRASES: Record<Language, Phrases> = {
  da: {
    locale: LOCALES.da,
    documentKind: 'Mødemappe til styregruppen',
    facts: {
      strategy: 'Strategi',
      meetingDate: 'Styregruppemøde',
      dueDate: 'Frist for statusrapporter',
      asOf: 'Opgjort pr.',
      figures: 'Tallene',
    },
    figures: {
      frozen: {
        label: 'Låste',
        note: 'øjebliksbilledet fra rundens lukning; senere ændringer i planen er ikke med',
      },
      live: {
        label: 'Foreløbige',
        note: 'runden er ikke lukket, så tallene kan stadig ændre sig',
      },
    },
    healthByArea: 'Trafiklys pr. indsatsområde',
    focusArea: 'Indsatsområde',
    total: 'I alt',
    targets: 'Pejlemærker',
    targetColumns: {
      number: 'Nr.',
      target: 'Pejlemærke',
      baseline: 'Udgangspunkt',
      latest: 'Seneste måling',
      goal: 'Mål',
      unit: 'Enhed',
    },
    noValue: { baseline: 'ikke opgjort', latest: 'ingen måling', goal: 'ikke fastsat' },
    assessment: {
      expected: (value, year) => `Linjen fra udgangspunkt til mål forventer ${value} i ${year}.`,
      onTrack: (value, year) => `Seneste måling, ${value} (${year}), er på sporet.`,
      behind: (value, year) => `Seneste måling, ${value} (${year}), er bagud i forhold til linjen.`,
      noValue: 'Ingen måling endnu.',
      projected: (value, year, { points, from, to }) =>
        `Fortsætter udviklingen som hidtil, bliver det ${value} i ${year} (lineær tendens efter mindste kvadraters metode, af ${points} målinger ${from}–${to}).`,
      noProjection: 'For få målinger til at fremskrive: det kræver mindst to år.',
    },
    linked: 'skal flytte det',
    linkedNone: 'Intet initiativ er knyttet til pejlemærket endnu.',
    sinceLastRound: 'Siden sidste runde',
    comparedWith: (title, meetingDate) =>
      `Sammenlignet med »${title}« (styregruppemøde ${meetingDate}).`,
    noPreviousRound: 'Der er ingen tidligere lukket runde at sammenligne med.',
    noChanges: 'Intet initiativ har ændret fremdrift eller trafiklys siden da.',
    initiative: 'Initiativ',
    status: 'Status',
    health: 'Trafiklys',
    progress: 'Fremdrift',
    points: (points) => `${points} procentpoint`,
    unchanged: 'uændret',
    sinceLast: (change) => `${change} siden sidste runde`,
    healthWas: (health) => `tidligere ${health}`,
    healthLabels: ENUM_LABELS.da.health,
    initiativeStatus: ENUM_LABELS.da.initiativeStatus,
    milestoneStatus: ENUM_LABELS.da.milestoneStatus,
    focusAreaKicker: (code) => `Indsatsområde ${code}`,
    initiatives: { one: 'initiativ', other: 'initiativer' },
    inRound: (initiatives) => `${initiatives} i runden`,
    noInitiatives: 'Ingen initiativer fra dette indsatsområde er med i runden.',
    statusReport: 'Statusrapport',
    latestReport: 'Seneste rapport',
    outsideRound: 'uden for runden',
    submitted: (day, author) =>
      ['indsendt', day, author && `af ${author}`].filter(Boolean).join(' '),
    summary: 'Sammenfatning',
    risks: 'Risici',
    nextSteps: 'Næste skridt',
    nothingWritten: 'Intet angivet.',
    attachments: GLOSSARY.da.attachments,
    noReport: 'Ingen statusrapport indsendt til denne runde',
    overdue: GLOSSARY.da.overdueMilestones,
    upcoming: 'Kommende milepæle',
    milestone: 'Milepæl',
    due: GLOSSARY.da.dueDate,
    late: GLOSSARY.da.overdue,
    responsible: 'Ansvarlig',
    notAssigned: 'ikke angivet',
    days: { one: 'dag', other: 'dage' },
    dueToday: 'i dag',
    dueIn: (days) => `om ${days}`,
    moved: GLOSSARY.da.movedMilestones,
    leads: GLOSSARY.da.leadOrganisations,
    movedCount: (count) => `${count} i rundens initiativer har fået en ny frist`,
    movedFrom: (day) => `${GLOSSARY.da.movedFrom.toLocaleLowerCase('da')} ${day}`,
    noMilestones: 'Ingen overskredne eller kommende milepæle.',
    outcomes: 'Beslutninger og handlingspunkter',
    outcomeKinds: { decision: 'Beslutninger', action: 'Handlingspunkter' },
    outcomeText: ENUM_LABELS.da.outcomeKind,
    noDueDate: 'ingen frist',
    page: (page, pages) => `Side ${page} af ${pages}`,
    targetFigures: {
      title: (year) => `${GLOSSARY.da.targetFigures} for ${year}`,
      approved: (approved, total) => `${approved} af ${total} tal er godkendt.`,
      none: 'Ingen af pejlemærkerne har en dataejer at bede om tal.',
      columns: { number: 'Nr.', series: 'Tal', dataOwner: GLOSSARY.da.dataOwner, value: 'Værdi' },
      states: {
        ...ENUM_LABELS.da.measurementState,
        missing: ENUM_LABELS.da.roundCompletion.missing,
      },
      regions: ENUM_LABELS.da.region,
    },
  },
  en: {
    locale: LOCALES.en,
    documentKind: 'Steering group meeting pack',
    facts: {
      strategy: 'Strategy',
      meetingDate: 'Steering group meeting',
      dueDate: 'Status reports due',
      asOf: 'Figures as of',
      figures: 'Figures',
    },
    figures: {
      frozen: {
        label: 'Frozen',
        note: 'the snapshot taken when the round closed; later changes to the plan are not included',
      },
      live: {
        label: 'Provisional',
        note: 'the round is not closed, so the figures may still change',
      },
    },
    healthByArea: 'Health by focus area',
    focusArea: 'Focus area',
    total: 'Total',
    targets: 'Targets',
    targetColumns: {
      number: 'No.',
      target: 'Target',
      baseline: 'Baseline',
      latest: 'Latest',
      goal: 'Goal',
      unit: 'Unit',
    },
    noValue: { baseline: 'not established', latest: 'no measurement', goal: 'not set' },
    assessment: {
      expected: (value, year) => `The line from baseline to target expects ${value} in ${year}.`,
      onTrack: (value, year) => `The latest value, ${value} (${year}), is on track.`,
      behind: (value, year) => `The latest value, ${value} (${year}), is behind the line.`,
      noValue: 'No value measured yet.',
      projected: (value, year, { points, from, to }) =>
        `If things go on as so far, it will be ${value} in ${year} (linear trend by least squares, from ${points} values ${from}–${to}).`,
      noProjection: 'Too few values to project: it takes at least two years.',
    },
    linked: 'should move it',
    linkedNone: 'No initiative is linked to this target yet.',
    sinceLastRound: 'Since the last round',
    comparedWith: (title, meetingDate) =>
      `Compared with “${title}” (steering group meeting of ${meetingDate}).`,
    noPreviousRound: 'There is no earlier closed round to compare with.',
    noChanges: 'No initiative has changed its progress or health since then.',
    initiative: 'Initiative',
    status: 'Status',
    health: 'Health',
    progress: 'Progress',
    points: (points) => `${points} points`,
    unchanged: 'unchanged',
    sinceLast: (change) => `${change} since the last round`,
    healthWas: (health) => `was ${health}`,
    healthLabels: ENUM_LABELS.en.health,
    initiativeStatus: ENUM_LABELS.en.initiativeStatus,
    milestoneStatus: ENUM_LABELS.en.milestoneStatus,
    focusAreaKicker: (code) => `Focus area ${code}`,
    initiatives: { one: 'initiative', other: 'initiatives' },
    inRound: (initiatives) => `${initiatives} in this round`,
    noInitiatives: 'No initiative of this focus area is in this round.',
    statusReport: 'Status report',
    latestReport: 'Latest report',
    outsideRound: 'outside this round',
    submitted: (day, author) =>
      ['submitted', day && `on ${day}`, author && `by ${author}`].filter(Boolean).join(' '),
    summary: 'Summary',
    risks: 'Risks',
    nextSteps: 'Next steps',
    nothingWritten: 'None given.',
    attachments: GLOSSARY.en.attachments,
    noReport: 'No status report submitted for this round',
    overdue: GLOSSARY.en.overdueMilestones,
    upcoming: 'Upcoming milestones',
    milestone: 'Milestone',
    due: GLOSSARY.en.dueDate,
    late: 'Overdue by',
    responsible: 'Responsible',
    notAssigned: 'not assigned',
    days: { one: 'day', other: 'days' },
    dueToday: 'today',
    dueIn: (days) => `in ${days}`,
    moved: GLOSSARY.en.movedMilestones,
    leads: GLOSSARY.en.leadOrganisations,
    movedCount: (count) => `${count} in this round's initiatives have a new due date`,
    movedFrom: (day) => `${GLOSSARY.en.movedFrom.toLocaleLowerCase('en')} ${day}`,
    noMilestones: 'No overdue or upcoming milestones.',
    outcomes: 'Decisions and action items',
    outcomeKinds: { decision: 'Decisions', action: 'Action items' },
    outcomeText: ENUM_LABELS.en.outcomeKind,
    noDueDate: 'no due date',
    page: (page, pages) => `Page ${page} of ${pages}`,
    targetFigures: {
      title: (year) => `${GLOSSARY.en.targetFigures} for ${year}`,
      approved: (approved, total) => `${approved} of ${total} figures are approved.`,
      none: 'None of the targets has a data owner to ask for figures.',
      columns: {
        number: 'No.',
        series: 'Figure',
        dataOwner: GLOSSARY.en.dataOwner,
        value: 'Value',
      },
      states: {
        ...ENUM_LABELS.en.measurementState,
        missing: ENUM_LABELS.en.roundCompletion.missing,
      },
      regions: ENUM_LABELS.en.region,
    },
  },
};
