import {
  ENUM_LABELS,
  ROUND_OUTCOME_KINDS,
  type Health,
  type InitiativeStatus,
  type Language,
  type MilestoneStatus,
  type RoundOutcome,
  type RoundOutcomeKind,
  type RoundReport,
  type RoundReportFocusArea,
  type RoundReportInitiative,
  type RoundReportMilestone,
  type RoundReportStatusReport,
  type RoundReportTarget,
} from '@pejling/contracts';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type {
  Alignment,
  Content,
  CustomTableLayout,
  Margins,
  Size,
  StyleDictionary,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';

/** A health, or `none` for an initiative nobody has assessed. */
type HealthKey = Health | 'none';

/** A word or phrase in each of a language's plural categories (`one` and `other` at least). */
type Plural<T> = { one: T; other: T } & Partial<Record<Intl.LDMLPluralRule, T>>;

/** Everything the meeting pack says, in one language. Content from the report stays as given. */
interface Phrases {
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
  /** Who submitted the report and on which day; either may be unknown. */
  submitted: (day: string | null, author: string | null) => string;
  summary: string;
  risks: string;
  nextSteps: string;
  nothingWritten: string;
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
  noMilestones: string;
  outcomes: string;
  outcomeKinds: Record<RoundOutcomeKind, string>;
  outcomeText: Record<RoundOutcomeKind, string>;
  noDueDate: string;
  page: (page: number, pages: number) => string;
}

/** The phrase tables; adding a language is adding an entry. */
const PHRASES: Record<Language, Phrases> = {
  da: {
    locale: 'da-DK',
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
    submitted: (day, author) =>
      ['indsendt', day, author && `af ${author}`].filter(Boolean).join(' '),
    summary: 'Sammenfatning',
    risks: 'Risici',
    nextSteps: 'Næste skridt',
    nothingWritten: 'Intet angivet.',
    noReport: 'Ingen statusrapport indsendt til denne runde',
    overdue: 'Overskredne milepæle',
    upcoming: 'Kommende milepæle',
    milestone: 'Milepæl',
    due: 'Frist',
    late: 'Over frist',
    responsible: 'Ansvarlig',
    notAssigned: 'ikke angivet',
    days: { one: 'dag', other: 'dage' },
    dueToday: 'i dag',
    dueIn: (days) => `om ${days}`,
    noMilestones: 'Ingen overskredne eller kommende milepæle.',
    outcomes: 'Beslutninger og handlingspunkter',
    outcomeKinds: { decision: 'Beslutninger', action: 'Handlingspunkter' },
    outcomeText: { decision: 'Beslutning', action: 'Handling' },
    noDueDate: 'ingen frist',
    page: (page, pages) => `Side ${page} af ${pages}`,
  },
  en: {
    locale: 'en-GB',
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
    submitted: (day, author) =>
      ['submitted', day && `on ${day}`, author && `by ${author}`].filter(Boolean).join(' '),
    summary: 'Summary',
    risks: 'Risks',
    nextSteps: 'Next steps',
    nothingWritten: 'None given.',
    noReport: 'No status report submitted for this round',
    overdue: 'Overdue milestones',
    upcoming: 'Upcoming milestones',
    milestone: 'Milestone',
    due: 'Due',
    late: 'Overdue by',
    responsible: 'Responsible',
    notAssigned: 'not assigned',
    days: { one: 'day', other: 'days' },
    dueToday: 'today',
    dueIn: (days) => `in ${days}`,
    noMilestones: 'No overdue or upcoming milestones.',
    outcomes: 'Decisions and action items',
    outcomeKinds: { decision: 'Decisions', action: 'Action items' },
    outcomeText: { decision: 'Decision', action: 'Action' },
    noDueDate: 'no due date',
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
};

// --- the document ----------------------------------------------------------------------------

/**
 * Roboto as pdfmake ships it (TrueType, full Latin including æøå, «», – and …), embedded from
 * disk: the PDF never relies on the standard 14 fonts, and nothing is fetched.
 */
const FONT_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const FONTS = {
  Roboto: {
    normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
  },
};
const FONT_FILES: string[] = Object.values(FONTS.Roboto);

/** Left, top, right, bottom, in points; the footer sits in the bottom margin. */
const PAGE_MARGINS: [number, number, number, number] = [50, 50, 50, 60];
/** A4 is 595.28 points wide. */
const CONTENT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];

const COLOUR = {
  text: '#1f1f1f',
  muted: '#5f6368',
  rule: '#d0d4d9',
  brand: '#1b4f72',
  missing: '#8c1d18',
};

/** Each health as a strong colour for its mark and a light tint for a background. */
const HEALTH_COLOUR: Record<HealthKey, { mark: string; tint: string }> = {
  green: { mark: '#2e7d32', tint: '#e2f0e3' },
  amber: { mark: '#d49400', tint: '#fdf0cc' },
  red: { mark: '#c62828', tint: '#f8dede' },
  none: { mark: '#9aa0a6', tint: '#eceef0' },
};
const HEALTH_KEYS: HealthKey[] = ['green', 'amber', 'red', 'none'];

const STYLES: StyleDictionary = {
  brand: { fontSize: 11, bold: true, color: COLOUR.brand, characterSpacing: 2 },
  kicker: { fontSize: 10, color: COLOUR.muted, margin: [0, 2, 0, 0] },
  title: { fontSize: 20, bold: true, lineHeight: 1.1, margin: [0, 4, 0, 10] },
  h1: { fontSize: 16, bold: true, lineHeight: 1.15, margin: [0, 2, 0, 4] },
  h2: { fontSize: 12, bold: true, lineHeight: 1.2, margin: [0, 0, 0, 6] },
  section: { fontSize: 12, bold: true, color: COLOUR.brand, margin: [0, 14, 0, 4] },
  label: { fontSize: 8, color: COLOUR.muted },
  subheading: { fontSize: 9.5, bold: true, margin: [0, 6, 0, 1] },
  tableTitle: { fontSize: 10, bold: true, margin: [0, 10, 0, 2] },
  th: { fontSize: 8, bold: true, color: COLOUR.muted },
  muted: { color: COLOUR.muted },
  footer: { fontSize: 8, color: COLOUR.muted },
};

/**
 * A report's text of up to this many lines stays on one page with its heading; longer text
 * flows over the page break. A heading always stays with the start of what it introduces.
 */
const SHORT_TEXT_LINES = 14;
/** Fewer characters than fit on a line of body text, so that lines are never underestimated. */
const CHARS_PER_LINE = 90;

/**
 * A round's report as the steering group's meeting pack: an A4 PDF with a summary page, a
 * section per focus area (each from a new page) and the decisions and action items, in the
 * given language. The report's own text (titles, summaries, names) is shown as given.
 */
export function renderMeetingPack(report: RoundReport, language: Language): Promise<Buffer> {
  const p = PHRASES[language] ?? PHRASES.da;
  pdfmake.setFonts(FONTS);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => FONT_FILES.includes(path));
  return pdfmake.createPdf(meetingPack(report, p, language)).getBuffer();
}

function meetingPack(report: RoundReport, p: Phrases, language: Language): TDocumentDefinitions {
  const roundTitle = oneLine(report.round.title);
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    language,
    info: {
      title: `${p.documentKind}: ${roundTitle}`,
      subject: report.strategy.name,
      creator: 'Pejling',
    },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.25, color: COLOUR.text },
    styles: STYLES,
    footer: (page, pages) => ({
      margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
      columns: [
        { text: roundTitle, style: 'footer' },
        { text: p.page(page, pages), style: 'footer', alignment: 'right', width: 'auto' },
      ],
    }),
    content: [
      summaryPage(report, p),
      report.focusAreas.map((area) => focusAreaSection(area, p)),
      report.outcomes.length > 0 ? outcomesSection(report.outcomes, p) : [],
    ],
  };
}

// --- the summary page --------------------------------------------------------------------------

function summaryPage(report: RoundReport, p: Phrases): Content {
  return [
    { text: 'PEJLING', style: 'brand' },
    { text: p.documentKind, style: 'kicker' },
    { text: report.round.title, style: 'title' },
    keyFacts(report, p),
    healthTable(report.focusAreas, p),
    targetsTable(report.targets, p),
    changes(report, p),
  ];
}

/** A summary section's heading, and the sentences that introduce it. */
function sectionTitle(heading: string, ...sentences: string[]): Content[] {
  return [
    { text: heading, style: 'section' },
    ...sentences.map((text) => ({ text, margin: [0, 0, 0, 4] as Margins })),
  ];
}

function keyFacts(report: RoundReport, p: Phrases): Content {
  const figures = p.figures[report.frozen ? 'frozen' : 'live'];
  const rows: [string, TableCell][] = [
    [p.facts.strategy, report.strategy.name],
    [p.facts.meetingDate, formatDate(p, report.round.meetingDate)],
    [p.facts.dueDate, formatDate(p, report.round.dueDate)],
    [p.facts.asOf, formatDate(p, report.asOf)],
    [p.facts.figures, { text: [{ text: figures.label, bold: true }, ` – ${figures.note}`] }],
  ];
  return {
    table: {
      widths: [130, '*'],
      body: rows.map(([label, value]) => [{ text: label, style: 'muted' }, value]),
    },
    layout: 'noBorders',
  };
}

function healthTable(areas: RoundReportFocusArea[], p: Phrases): Content {
  const rows: TableCell[][] = areas.map((area) => [
    { text: [{ text: `${area.code}  `, bold: true }, area.title] },
    ...HEALTH_KEYS.map((key) => countCell(p, area.byHealth[key], { health: key })),
    countCell(p, area.initiatives.length),
  ]);
  const totals: TableCell[] = [
    { text: p.total, bold: true },
    ...HEALTH_KEYS.map((key) =>
      countCell(
        p,
        sum(areas, (a) => a.byHealth[key]),
        { bold: true },
      ),
    ),
    countCell(
      p,
      sum(areas, (a) => a.initiatives.length),
      { bold: true },
    ),
  ];
  return titledTable(
    sectionTitle(p.healthByArea),
    ['*', 42, 42, 42, 66, 34],
    [
      p.focusArea,
      ...HEALTH_KEYS.map((key) => ({ text: healthLabel(p, key), alignment: 'center' as const })),
      { text: p.total, alignment: 'center' },
    ],
    [...rows, totals],
  );
}

/** A count of initiatives, tinted with the health's colour when there are any. */
function countCell(
  p: Phrases,
  n: number,
  { health, bold = false }: { health?: HealthKey; bold?: boolean } = {},
): TableCell {
  return {
    text: formatNumber(p, n),
    alignment: 'center',
    bold,
    color: n === 0 ? COLOUR.muted : COLOUR.text,
    fillColor: health && n > 0 ? HEALTH_COLOUR[health].tint : undefined,
  };
}

function targetsTable(targets: RoundReportTarget[], p: Phrases): Content {
  const c = p.targetColumns;
  const rows = targets.flatMap((target): TableCell[][] => {
    const number = { text: `${target.number}`, bold: true };
    if (target.series.length === 1) {
      const [series] = target.series;
      const title =
        series.label === target.title ? [] : [`\n`, { text: series.label, style: 'label' }];
      return [[number, { text: [target.title, ...title] }, ...seriesCells(p, target, series)]];
    }
    return [
      [number, { text: target.title, colSpan: 5 }, {}, {}, {}, {}],
      ...target.series.map((series): TableCell[] => [
        '',
        { text: series.label, margin: [10, 0, 0, 0] },
        ...seriesCells(p, target, series),
      ]),
    ];
  });
  return titledTable(
    sectionTitle(p.targets),
    [20, '*', 60, 60, 60, 58],
    [c.number, c.target, c.baseline, c.latest, c.goal, c.unit],
    rows,
  );
}

function seriesCells(
  p: Phrases,
  target: RoundReportTarget,
  series: RoundReportTarget['series'][number],
): TableCell[] {
  return [
    valueCell(p, series.baselineValue, series.baselineYear, p.noValue.baseline),
    valueCell(p, series.latest?.value ?? null, series.latest?.year ?? null, p.noValue.latest),
    valueCell(p, series.targetValue, series.targetYear, p.noValue.goal),
    target.unit,
  ];
}

/** "1.600 (2014)", or what is missing in muted text. */
function valueCell(p: Phrases, value: number | null, year: number | null, none: string): TableCell {
  if (value === null) return { text: none, style: 'muted' };
  return year === null ? formatNumber(p, value) : `${formatNumber(p, value)} (${year})`;
}

/** What changed since the previous closed round: the initiatives whose progress or health moved. */
function changes(report: RoundReport, p: Phrases): Content {
  if (!report.previousRound) {
    return { stack: sectionTitle(p.sinceLastRound, p.noPreviousRound), unbreakable: true };
  }
  const { title, meetingDate } = report.previousRound;
  const comparedWith = p.comparedWith(oneLine(title), formatDate(p, meetingDate));
  const changed = report.focusAreas
    .flatMap((area) => area.initiatives)
    .filter((i) => i.change && (i.change.progress !== 0 || i.change.health !== i.health));
  if (changed.length === 0) {
    return { stack: sectionTitle(p.sinceLastRound, comparedWith, p.noChanges), unbreakable: true };
  }
  return titledTable(
    sectionTitle(p.sinceLastRound, comparedWith),
    ['*', 118, 106],
    [p.initiative, p.progress, p.health],
    changed.map((i) => [
      { text: [{ text: `${i.code}  `, bold: true }, i.title] },
      { text: [formatPercent(p, i.progress), progressChange(p, i)] },
      { text: [...healthLabel(p, i.health ?? 'none'), healthChange(p, i)] },
    ]),
  );
}

/** " (+15 procentpoint)" after the progress, or nothing without a previous round. */
function progressChange(p: Phrases, i: RoundReportInitiative): Content {
  return i.change ? { text: ` (${progressDelta(p, i.change.progress)})`, style: 'muted' } : '';
}

/** "+15 procentpoint", "-5 procentpoint" or "uændret". */
function progressDelta(p: Phrases, points: number): string {
  return points === 0 ? p.unchanged : p.points(formatSigned(p, points));
}

/** " (tidligere gul)" after the health when it has changed since the previous round. */
function healthChange(p: Phrases, i: RoundReportInitiative): Content {
  if (!i.change || i.change.health === i.health) return '';
  const was = p.healthLabels[i.change.health ?? 'none'].toLocaleLowerCase(p.locale);
  return { text: ` (${p.healthWas(was)})`, style: 'muted' };
}

// --- a focus area ------------------------------------------------------------------------------

function focusAreaSection(area: RoundReportFocusArea, p: Phrases): Content {
  const count = area.initiatives.length;
  const tally = HEALTH_KEYS.filter((key) => area.byHealth[key] > 0).flatMap((key) => [
    '    ',
    ...healthLabel(p, key, `${formatNumber(p, area.byHealth[key])} `),
  ]);
  return [
    { text: p.focusAreaKicker(area.code), style: 'kicker', pageBreak: 'before' },
    { text: area.title, style: 'h1' },
    {
      text: [p.inRound(`${formatNumber(p, count)} ${pick(p, count, p.initiatives)}`), ...tally],
      margin: [0, 0, 0, 4],
    },
    count === 0
      ? { text: p.noInitiatives, margin: [0, 12, 0, 0] }
      : area.initiatives.map((i) => initiativeSection(i, p)),
  ];
}

/**
 * What stays on one page (`keep`: a heading, and its text if short) and what may flow over a
 * page break after it (`flow`: a long text).
 */
interface Part {
  keep: Content[];
  flow: Content[];
}

/** The initiative's heading and facts stay on one page with the start of its report. */
function initiativeSection(i: RoundReportInitiative, p: Phrases): Content {
  const [first, ...rest]: Part[] = i.report
    ? statusReport(i.report, p)
    : [{ keep: [missingReport(p)], flow: [] }];
  const heading = { text: [{ text: `${i.code}  `, color: COLOUR.brand }, i.title], style: 'h2' };
  return [
    { stack: [rule(), heading, initiativeFacts(i, p), ...first.keep], unbreakable: true },
    first.flow,
    rest.map(({ keep, flow }) => [{ stack: keep, unbreakable: true }, flow]),
    milestones(i, p),
  ];
}

function rule(): Content {
  return {
    canvas: [
      {
        type: 'line',
        x1: 0,
        y1: 0,
        x2: CONTENT_WIDTH,
        y2: 0,
        lineWidth: 0.75,
        lineColor: COLOUR.rule,
      },
    ],
    margin: [0, 16, 0, 10],
  };
}

/** Status, health and progress side by side, each under a small label. */
function initiativeFacts(i: RoundReportInitiative, p: Phrases): Content {
  const progress: Content[] = [{ text: formatPercent(p, i.progress), bold: true }];
  if (i.change) {
    progress.push({
      text: `  ${p.sinceLast(progressDelta(p, i.change.progress))}`,
      style: 'muted',
    });
  }
  const fact = (label: string, value: Content[], width: Size) => ({
    width,
    stack: [{ text: label.toLocaleUpperCase(p.locale), style: 'label' }, { text: value }],
  });
  return {
    columns: [
      fact(p.status, [p.initiativeStatus[i.status]], 100),
      fact(p.health, [...healthLabel(p, i.health ?? 'none'), healthChange(p, i)], 150),
      fact(p.progress, progress, '*'),
    ],
    columnGap: 12,
    margin: [0, 0, 0, 4],
  };
}

/** Who submitted the report and when, then its summary, risks and next steps. */
function statusReport(report: RoundReportStatusReport, p: Phrases): Part[] {
  const day = report.submittedAt ? formatInstantDay(p, report.submittedAt) : null;
  const submitted: Content = {
    text: [
      { text: p.statusReport, bold: true },
      { text: `  ${p.submitted(day, report.authorName)}`, style: 'muted' },
    ],
    margin: [0, 8, 0, 0],
  };
  const summary = reportPart(p, p.summary, report.summary);
  return [
    { keep: [submitted, ...summary.keep], flow: summary.flow },
    reportPart(p, p.risks, report.risks),
    reportPart(p, p.nextSteps, report.nextSteps),
  ];
}

function reportPart(p: Phrases, heading: string, text: string): Part {
  const body = text.trim();
  const head: Content = { text: heading, style: 'subheading' };
  if (body === '') return { keep: [head, { text: p.nothingWritten, style: 'muted' }], flow: [] };
  return isShort(body)
    ? { keep: [head, { text: body }], flow: [] }
    : { keep: [head], flow: [{ text: body }] };
}

/** Whether a text surely fits within SHORT_TEXT_LINES lines (a kept block cannot span pages). */
function isShort(text: string): boolean {
  const lines = sum(text.split('\n'), (line) =>
    Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)),
  );
  return lines <= SHORT_TEXT_LINES;
}

/** A tinted box, so that a missing report stands out in print as on screen. */
function missingReport(p: Phrases): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            text: [{ text: '■  ', color: HEALTH_COLOUR.red.mark }, p.noReport],
            bold: true,
            color: COLOUR.missing,
            fillColor: HEALTH_COLOUR.red.tint,
            margin: [6, 4, 6, 4],
          },
        ],
      ],
    },
    layout: 'noBorders',
    margin: [0, 8, 0, 0],
  };
}

function milestones(i: RoundReportInitiative, p: Phrases): Content {
  if (i.overdue.length === 0 && i.upcoming.length === 0) {
    return { text: p.noMilestones, style: 'muted', margin: [0, 10, 0, 0] };
  }
  return [
    i.overdue.length === 0
      ? []
      : titledTable(
          {
            text: `${p.overdue} (${i.overdue.length})`,
            style: 'tableTitle',
            color: HEALTH_COLOUR.red.mark,
          },
          ['*', 82, 56, 110],
          [p.milestone, p.due, p.late, p.responsible],
          i.overdue.map((m) => [
            m.title,
            formatDate(p, m.dueDate),
            count(p, m.daysLate, p.days),
            responsible(p, m.responsibleName),
          ]),
        ),
    i.upcoming.length === 0
      ? []
      : titledTable(
          { text: `${p.upcoming} (${i.upcoming.length})`, style: 'tableTitle' },
          ['*', 82, 56, 110],
          [p.milestone, p.due, p.status, p.responsible],
          i.upcoming.map((m) => [
            m.title,
            { text: [formatDate(p, m.dueDate), { text: `\n${dueIn(p, m)}`, style: 'label' }] },
            p.milestoneStatus[m.status],
            responsible(p, m.responsibleName),
          ]),
        ),
  ];
}

function dueIn(p: Phrases, m: RoundReportMilestone): string {
  return m.daysLate === 0 ? p.dueToday : p.dueIn(count(p, -m.daysLate, p.days));
}

function responsible(p: Phrases, name: string | null): TableCell {
  return name ? name : { text: p.notAssigned, style: 'muted' };
}

// --- decisions and action items ----------------------------------------------------------------

function outcomesSection(outcomes: RoundOutcome[], p: Phrases): Content {
  return [
    { text: p.outcomes, style: 'h1', pageBreak: 'before', margin: [0, 0, 0, 4] },
    ROUND_OUTCOME_KINDS.map((kind) => {
      const ofKind = outcomes.filter((o) => o.kind === kind);
      return ofKind.length === 0
        ? []
        : titledTable(
            { text: p.outcomeKinds[kind], style: 'tableTitle' },
            ['*', 110, 82],
            [p.outcomeText[kind], p.responsible, p.due],
            ofKind.map((o) => [
              o.text,
              responsible(p, o.responsibleName),
              o.dueDate ? formatDate(p, o.dueDate) : { text: p.noDueDate, style: 'muted' },
            ]),
            false,
          );
    }),
  ];
}

// --- layout helpers ----------------------------------------------------------------------------

/** Light rules between rows, a darker one under the header rows, no vertical lines. */
const GRID: CustomTableLayout = {
  hLineWidth: (i, node) => (i < (node.table.headerRows ?? 0) ? 0 : 0.5),
  hLineColor: (i, node) => (i === node.table.headerRows ? COLOUR.muted : COLOUR.rule),
  vLineWidth: () => 0,
  paddingLeft: (i) => (i === 0 ? 0 : 6),
  paddingRight: (i, node) => (i === (node.table.widths?.length ?? 1) - 1 ? 0 : 6),
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/**
 * A table under its title, which stays on one page with the column headings and the first row,
 * and is repeated with the headings on each page the table runs onto. Rows of short values
 * never break; rows of free text may.
 */
function titledTable(
  title: Content,
  widths: Size[],
  header: HeaderCell[],
  rows: TableCell[][],
  shortRows = true,
): Content {
  const span = widths.length;
  const titleRow: TableCell[] = [
    { stack: [title], colSpan: span },
    ...Array.from({ length: span - 1 }, () => ({})),
  ];
  return {
    table: {
      widths,
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: shortRows,
      body: [titleRow, header.map(headerCell), ...rows],
    },
    layout: GRID,
  };
}

/** A column heading: a word, or a word with a mark, aligned left unless said otherwise. */
type HeaderCell = string | { text: Content; alignment?: Alignment };

function headerCell(cell: HeaderCell): TableCell {
  return typeof cell === 'string' ? { text: cell, style: 'th' } : { ...cell, style: 'th' };
}

/** A health as a coloured square and its name, so that it reads without colour too. */
function healthLabel(p: Phrases, key: HealthKey, prefix = ''): Content[] {
  return [{ text: '■ ', color: HEALTH_COLOUR[key].mark }, `${prefix}${p.healthLabels[key]}`];
}

// --- words and numbers -------------------------------------------------------------------------

function sum<T>(items: T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

function pick<T>(p: Phrases, n: number, forms: Plural<T>): T {
  return forms[new Intl.PluralRules(p.locale).select(n)] ?? forms.other;
}

function count(p: Phrases, n: number, forms: Plural<string>): string {
  return `${formatNumber(p, n)} ${pick(p, n, forms)}`;
}

function formatNumber(p: Phrases, n: number): string {
  return new Intl.NumberFormat(p.locale).format(n);
}

/** "40 %", "40%": progress is 0–100. */
function formatPercent(p: Phrases, progress: number): string {
  return new Intl.NumberFormat(p.locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    progress / 100,
  );
}

function formatSigned(p: Phrases, n: number): string {
  return new Intl.NumberFormat(p.locale, { signDisplay: 'exceptZero' }).format(n);
}

function dayFormat(p: Phrases, timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(p.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  });
}

/** "15. juni 2017", "15 June 2017": a date has no time, so it is formatted as UTC. */
function formatDate(p: Phrases, date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const at = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : undefined;
  if (!at || at.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  }
  return dayFormat(p, 'UTC').format(at);
}

/** The day an instant fell on in Denmark. */
function formatInstantDay(p: Phrases, instant: string): string {
  return dayFormat(p, 'Europe/Copenhagen').format(new Date(instant));
}

/** Collapses line breaks and runs of spaces: a value is shown on one line. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
