import type { RoundReportFocusArea, RoundReportInitiative } from '@pejling/contracts';
import type { Content, Size } from 'pdfmake/interfaces';
import { formatNumber, formatPercent, pick } from '../../core/i18n/phrasing';
import { milestoneTables } from './milestone-tables';
import { COLOUR, CONTENT_WIDTH, HEALTH_KEYS } from './page-style';
import type { Phrases } from './phrases';
import { healthChange, progressDelta } from './since-last-round';
import { type Part, missingReport, statusReport } from './status-report';
import { healthLabel } from './tables';

/** A focus area from a new page: its title, how its initiatives stand, and each initiative. */
export function focusAreaSection(area: RoundReportFocusArea, p: Phrases): Content {
  const count = area.initiatives.length;
  const tally = HEALTH_KEYS.filter((key) => area.byHealth[key] > 0).flatMap((key) => [
    '    ',
    ...healthLabel(p, key, `${formatNumber(p.locale, area.byHealth[key])} `),
  ]);
  return [
    { text: p.focusAreaKicker(area.code), style: 'kicker', pageBreak: 'before' },
    { text: area.title, style: 'h1' },
    {
      text: [
        p.inRound(`${formatNumber(p.locale, count)} ${pick(p.locale, count, p.initiatives)}`),
        ...tally,
      ],
      margin: [0, 0, 0, 4],
    },
    count === 0
      ? { text: p.noInitiatives, margin: [0, 12, 0, 0] }
      : area.initiatives.map((i) => initiativeSection(i, p)),
  ];
}

/**
 * The initiative's heading and facts stay on one page with the start of its report. Without
 * an answer to the round, that is said first, then the latest report before it, if any.
 */
function initiativeSection(i: RoundReportInitiative, p: Phrases): Content {
  const [report, ...rest]: Part[] = i.report ? statusReport(i.report, p) : [];
  const missing = !i.report || i.report.outsideRound ? [missingReport(p)] : [];
  const first: Part = { keep: [...missing, ...(report?.keep ?? [])], flow: report?.flow ?? [] };
  const heading = { text: [{ text: `${i.code}  `, color: COLOUR.brand }, i.title], style: 'h2' };
  return [
    {
      stack: [rule(), heading, leads(i, p), initiativeFacts(i, p), ...first.keep],
      unbreakable: true,
    },
    first.flow,
    rest.map(({ keep, flow }) => [{ stack: keep, unbreakable: true }, flow]),
    milestoneTables(i, p),
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

/** "Ansvarlige organisationer: KF, UFM" under the heading; nothing for an older snapshot. */
function leads(i: RoundReportInitiative, p: Phrases): Content {
  if (!i.leads?.length) return [];
  return { text: `${p.leads}: ${i.leads.join(', ')}`, style: 'muted', margin: [0, 0, 0, 6] };
}

/** Status, health, progress and any moved milestones side by side, each under a small label. */
function initiativeFacts(i: RoundReportInitiative, p: Phrases): Content {
  const progress: Content[] = [{ text: formatPercent(p.locale, i.progress), bold: true }];
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
      ...(i.milestonesMoved
        ? [fact(p.moved, [formatNumber(p.locale, i.milestonesMoved)], 100)]
        : []),
    ],
    columnGap: 12,
    margin: [0, 0, 0, 4],
  };
}
