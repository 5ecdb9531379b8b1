import type { ImportError, Language } from '@pejling/contracts';
import type { CellValue, SheetDef } from '../sheets';
import { canonicalValue } from './cell-values';
import { headerRole, type ColumnRole } from './columns';
import { READING_MESSAGES } from './messages';
import { columnLetter, isBlank, rawText, type RawCell, type RawTable } from './raw-table';
import { closest } from './words';

export interface RowId {
  id: number;
  version: number | null;
}

export interface ReadRow {
  /** The row's number in its sheet (1 is the header row). */
  row: number;
  /**
   * From the hidden column (header ROW_ID_HEADER, cell text like "12 v3"), or a visible
   * "ID" column (id only, version null); null when the row has none.
   */
  rowId: RowId | null;
  /** Each present column's canonical value (see sheets.ts); empty cells are null. */
  values: Record<string, CellValue>;
}

export interface ReadSheet {
  def: SheetDef;
  /** The column keys the sheet has. */
  columns: string[];
  rows: ReadRow[];
}

type Report = (
  row: number | null,
  column: string | null,
  message: string,
  suggestion?: string,
) => void;

/**
 * A sheet's rows in canonical values, and what is wrong in it. A column whose header the
 * sheet does not know is not read; a cell whose value is wrong is left out of its row's
 * values, so that nothing after uses it. Empty rows are skipped.
 * Whether a row has what its record requires is not checked: the importer decides.
 */
export function readSheet(
  def: SheetDef,
  table: RawTable,
  language: Language,
): { sheet: ReadSheet; errors: ImportError[] } {
  const m = READING_MESSAGES[language];
  const errors: ImportError[] = [];
  const report: Report = (row, column, message, suggestion) =>
    errors.push({
      sheet: def.sheet,
      sheetLabel: def.title[language],
      row,
      column,
      message,
      ...(suggestion ? { suggestion } : {}),
    });

  for (const { range, row } of table.merges) report(row, null, m.mergedCells(range));
  const roles = columnRoles(def, table, language, report);
  const rows: ReadRow[] = [];
  for (const { row, cells } of table.rows) {
    // A row with nothing in the columns read is empty, though an id may be left in it.
    if (!cells.some((cell, i) => roles[i]?.role === 'value' && !isBlank(cell))) continue;
    const values: Record<string, CellValue> = {};
    let rowId: RowId | null = null;
    roles.forEach((role, i) => {
      const cell = cells[i] ?? null;
      if (role?.role === 'value') {
        const result = canonicalValue(cell, role.column.kind, language);
        if ('value' in result) values[role.column.key] = result.value;
        else report(row, role.column.header[language], result.problem, result.suggestion);
      } else if ((role?.role === 'rowId' || role?.role === 'id') && !isBlank(cell)) {
        const id = parseRowId(cell, role.role === 'rowId');
        const header = rawText(table.header[i]);
        if (!id) report(row, header, m.badRowId(rawText(cell)));
        // The hidden column, which has the version, wins over a visible ID.
        else if (!rowId || role.role === 'rowId') rowId = id;
      }
    });
    rows.push({ row, rowId, values });
  }
  const columns = roles.flatMap((role) => (role?.role === 'value' ? [role.column.key] : []));
  return { sheet: { def, columns, rows }, errors };
}

/**
 * What each column of the table is (undefined: not read), its header read in either
 * language. A header the sheet does not know, one it has twice, and a column with values
 * but no header are reported.
 */
function columnRoles(
  def: SheetDef,
  table: RawTable,
  language: Language,
  report: Report,
): (ColumnRole | undefined)[] {
  const m = READING_MESSAGES[language];
  const width = table.rows.reduce(
    (most, { cells }) => Math.max(most, cells.length),
    table.header.length,
  );
  const seen = new Set<string>();
  return Array.from({ length: width }, (_, i) => {
    const header = rawText(table.header[i] ?? null).trim();
    if (header === '') {
      if (table.rows.some(({ cells }) => !isBlank(cells[i]))) {
        report(1, columnLetter(i), m.columnWithoutHeader(columnLetter(i)));
      }
      return undefined;
    }
    const role = headerRole(def, header);
    if (!role) {
      const headers = def.columns.map((column) => column.header[language]);
      const everyHeader = def.columns.flatMap((column) => Object.values(column.header));
      report(1, header, m.unknownColumn(header, headers), closest(header, everyHeader));
      return undefined;
    }
    const key = role.role === 'value' ? `value:${role.column.key}` : role.role;
    if (role.role !== 'ignored' && seen.has(key)) {
      report(1, header, m.duplicateColumn(header));
      return undefined;
    }
    seen.add(key);
    return role;
  });
}

/** "12 v3" in the hidden column ("12" for a row written without a version); "12" in a visible ID. */
const ROW_ID = /^(\d+)(?:\s*v(\d+))?$/i;

function parseRowId(cell: RawCell, hidden: boolean): RowId | null {
  const text = typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim() : '';
  const parts = ROW_ID.exec(text);
  if (!parts || (!hidden && parts[2] !== undefined)) return null;
  const id = Number(parts[1]);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return { id, version: parts[2] === undefined ? null : Number(parts[2]) };
}
