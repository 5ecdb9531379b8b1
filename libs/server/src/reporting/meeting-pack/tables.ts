import type {
  Alignment,
  Content,
  CustomTableLayout,
  Margins,
  Size,
  TableCell,
} from 'pdfmake/interfaces';
import { COLOUR, HEALTH_COLOUR } from './page-style';
import type { HealthKey, Phrases } from './phrases';

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
export function titledTable(
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

/** A summary section's heading, and the sentences that introduce it. */
export function sectionTitle(heading: string, ...sentences: string[]): Content[] {
  return [
    { text: heading, style: 'section' },
    ...sentences.map((text) => ({ text, margin: [0, 0, 0, 4] as Margins })),
  ];
}

/** A health as a coloured square and its name, so that it reads without colour too. */
export function healthLabel(p: Phrases, key: HealthKey, prefix = ''): Content[] {
  return [{ text: '■ ', color: HEALTH_COLOUR[key].mark }, `${prefix}${p.healthLabels[key]}`];
}

/** Who is responsible for a milestone or an outcome, or a muted word that nobody is. */
export function responsible(p: Phrases, name: string | null): TableCell {
  return name ? name : { text: p.notAssigned, style: 'muted' };
}

export function sum<T>(items: T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
