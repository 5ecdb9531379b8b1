import type { RoundReport } from '@pejling/contracts';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatNumber } from '../../core/i18n/phrasing';
import { COLOUR } from './page-style';
import type { Phrases } from './phrases';
import { sectionTitle, titledTable } from './tables';

/**
 * The target figures the round asks the data owners for, as the report has them: each
 * approved value, and where the others stand (proposed, returned, missing). Nothing for a
 * round that asks for none, or a snapshot taken before rounds asked for figures.
 */
export function figuresSection(report: RoundReport, p: Phrases): Content {
  if (!report.figures) return [];
  const { year, rows } = report.figures;
  const f = p.targetFigures;
  const approved = rows.filter((row) => row.state === 'approved').length;
  const title = sectionTitle(
    f.title(year),
    rows.length
      ? f.approved(formatNumber(p.locale, approved), formatNumber(p.locale, rows.length))
      : f.none,
  );
  if (!rows.length) return title;
  const body = rows.map((row): TableCell[] => [
    { text: `${row.targetNumber}`, bold: true },
    row.region ? `${row.seriesLabel} · ${f.regions[row.region]}` : row.seriesLabel,
    row.dataOwnerOrganisationName,
    row.state === 'approved' && row.value !== null
      ? { text: `${formatNumber(p.locale, row.value)} ${row.unit}`, alignment: 'right' }
      : {
          text: f.states[row.state],
          alignment: 'right',
          color: row.state === 'missing' ? COLOUR.missing : COLOUR.muted,
        },
  ]);
  const c = f.columns;
  return titledTable(title, [20, '*', 100, 105], [c.number, c.series, c.dataOwner, c.value], body);
}
