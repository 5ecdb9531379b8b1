import type { RoundReport, RoundReportInitiative } from '@pejling/contracts';
import type { Content } from 'pdfmake/interfaces';
import { formatChange, formatDate, formatPercent, oneLine } from '../../core/i18n/phrasing';
import type { Phrases } from './phrases';
import { healthLabel, sectionTitle, titledTable } from './tables';

/** What changed since the previous closed round: the initiatives whose progress or health moved. */
export function changesSection(report: RoundReport, p: Phrases): Content {
  if (!report.previousRound) {
    return { stack: sectionTitle(p.sinceLastRound, p.noPreviousRound), unbreakable: true };
  }
  const { title, meetingDate } = report.previousRound;
  const comparedWith = p.comparedWith(oneLine(title), formatDate(p.locale, meetingDate));
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
      { text: [formatPercent(p.locale, i.progress), progressChange(p, i)] },
      { text: [...healthLabel(p, i.health ?? 'none'), healthChange(p, i)] },
    ]),
  );
}

/** " (+15 procentpoint)" after the progress, or nothing without a previous round. */
function progressChange(p: Phrases, i: RoundReportInitiative): Content {
  return i.change ? { text: ` (${progressDelta(p, i.change.progress)})`, style: 'muted' } : '';
}

/** "+15 procentpoint", "-5 procentpoint" or "uændret". */
export function progressDelta(p: Phrases, points: number): string {
  return points === 0 ? p.unchanged : p.points(formatChange(p.locale, points));
}

/** " (tidligere gul)" after the health when it has changed since the previous round. */
export function healthChange(p: Phrases, i: RoundReportInitiative): Content {
  if (!i.change || i.change.health === i.health) return '';
  const was = p.healthLabels[i.change.health ?? 'none'].toLocaleLowerCase(p.locale);
  return { text: ` (${p.healthWas(was)})`, style: 'muted' };
}
