/**
 * A sheet as its file holds it, before its columns say what the cells should be: the same
 * for an .xlsx worksheet and a CSV file, so that one reader turns both into rows.
 */

/** A cell that holds no value Pejling can read: a formula never calculated, or an error (#N/A). */
export interface BadCell {
  bad: 'formulaWithoutResult' | 'errorValue';
  /** The formula, or the error value. */
  text: string;
}

/** A cell's value: a CSV cell is always text (or null), an .xlsx cell may be any of these. */
export type RawCell = string | number | boolean | Date | null | BadCell;

export interface RawRow {
  /** The row's number in its sheet (1 is the header row). */
  row: number;
  /** The cells by column, the first column at 0; a missing cell is empty. */
  cells: RawCell[];
}

export interface RawTable {
  /** The worksheet's name, or the CSV file's name without its extension. */
  name: string;
  /** Row 1. */
  header: RawCell[];
  /** The rows below the header, in order; a row an .xlsx file does not hold is left out. */
  rows: RawRow[];
  /** Merged ranges ("B3:C4"), with the row each starts at. */
  merges: { range: string; row: number }[];
}

export const isBadCell = (cell: RawCell): cell is BadCell =>
  cell !== null && typeof cell === 'object' && !(cell instanceof Date);

/** Whether a cell holds nothing: empty, or only spaces. */
export const isBlank = (cell: RawCell | undefined): boolean =>
  cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

/** An ISO date (YYYY-MM-DD) of a Date's UTC day. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** A cell as plain text: a header, or a value quoted in a message. */
export function rawText(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoDay(cell);
  if (isBadCell(cell)) return cell.text;
  return String(cell);
}

/** The spreadsheet letters of a column, the first at 0: A, …, Z, AA, … */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
