import {
  milestonesMovedIn,
  type RoundReport,
  type RoundReportFocusArea,
  type RoundReportTarget,
} from '@pejling/contracts';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatDate, formatNumber } from '../../core/i18n/phrasing';
import { COLOUR, HEALTH_COLOUR, HEALTH_KEYS } from './page-style';
import type { HealthKey, Phrases } from './phrases';
import { figuresSection } from './figures-section';
import { changesSection } from './since-last-round';
import { healthLabel, sectionTitle, sum, titledTable } from './tables';
import { assessmentLines, linkedLine } from './target-assessment';

/**
 * The round at a glance: its key facts, health by focus area, the targets, the figures it
 * asks for and what changed.
 */
export function summaryPage(report: RoundReport, p: Phrases): Content {
  return [
    { text: 'PEJLING', style: 'brand' },
    { text: p.documentKind, style: 'kicker' },
    { text: report.round.title, style: 'title' },
    keyFacts(report, p),
    healthTable(report.focusAreas, p),
    targetsTable(report.targets, p),
    figuresSection(report, p),
    changesSection(report, p),
  ];
}

function keyFacts(report: RoundReport, p: Phrases): Content {
  const figures = p.figures[report.frozen ? 'frozen' : 'live'];
  const rows: [string, TableCell][] = [
    [p.facts.strategy, report.strategy.name],
    [p.facts.meetingDate, formatDate(p.locale, report.round.meetingDate)],
    [p.facts.dueDate, formatDate(p.locale, report.round.dueDate)],
    [p.facts.asOf, formatDate(p.locale, report.asOf)],
    [p.facts.figures, { text: [{ text: figures.label, bold: true }, ` – ${figures.note}`] }],
  ];
  // Slippage the steering group watches; a snapshot from before due dates were kept cannot say.
  const moved = milestonesMovedIn(report.focusAreas);
  if (moved !== null) rows.push([p.moved, p.movedCount(formatNumber(p.locale, moved))]);
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
    text: formatNumber(p.locale, n),
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
    const linked = linkedLine(p, target);
    if (target.series.length === 1) {
      const [series] = target.series;
      const title =
        series.label === target.title ? [] : [`\n`, { text: series.label, style: 'label' }];
      const text = [target.title, ...title, ...linked, ...assessmentLines(p, series)];
      return [[number, { text }, ...seriesCells(p, target, series)]];
    }
    return [
      [number, { text: [target.title, ...linked], colSpan: 5 }, {}, {}, {}, {}],
      ...target.series.map((series): TableCell[] => [
        '',
        { text: [series.label, ...assessmentLines(p, series)], margin: [10, 0, 0, 0] },
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
  const shown = formatNumber(p.locale, value);
  return year === null ? shown : `${shown} (${year})`;
}
