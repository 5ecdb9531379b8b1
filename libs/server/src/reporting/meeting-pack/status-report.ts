import type { RoundReportStatusReport } from '@pejling/contracts';
import type { Content } from 'pdfmake/interfaces';
import { formatInstantDay } from '../../core/i18n/phrasing';
import { PLAN_TIME_ZONE } from '../../core/clock/clock';
import { reportAttachments } from './attachments';
import { COLOUR, HEALTH_COLOUR } from './page-style';
import type { Phrases } from './phrases';
import { sum } from './tables';

/**
 * A report's text of up to this many lines stays on one page with its heading; longer text
 * flows over the page break. A heading always stays with the start of what it introduces.
 */
const SHORT_TEXT_LINES = 14;
/** Fewer characters than fit on a line of body text, so that lines are never underestimated. */
const CHARS_PER_LINE = 90;

/**
 * What stays on one page (`keep`: a heading, and its text if short) and what may flow over a
 * page break after it (`flow`: a long text).
 */
export interface Part {
  keep: Content[];
  flow: Content[];
}

/**
 * Who submitted the report and when, then its summary, risks and next steps, and the files
 * attached to it; a report that does not answer the round (the latest before it) is headed
 * and marked so.
 */
export function statusReport(report: RoundReportStatusReport, p: Phrases): Part[] {
  const day = report.submittedAt
    ? formatInstantDay(p.locale, report.submittedAt, PLAN_TIME_ZONE)
    : null;
  const who = p.submitted(day, report.authorName);
  const submitted: Content = {
    text: [
      { text: report.outsideRound ? p.latestReport : p.statusReport, bold: true },
      { text: `  ${report.outsideRound ? `${who}, ${p.outsideRound}` : who}`, style: 'muted' },
    ],
    margin: [0, 8, 0, 0],
  };
  const summary = reportPart(p, p.summary, report.summary);
  return [
    { keep: [submitted, ...summary.keep], flow: summary.flow },
    reportPart(p, p.risks, report.risks),
    reportPart(p, p.nextSteps, report.nextSteps),
    ...reportAttachments(report, p),
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
export function missingReport(p: Phrases): Content {
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
