import { PassThrough } from 'node:stream';
import { loadExcelJs } from './exceljs';
import { toSpreadsheetCell, type IsoDate } from '@pejling/contracts';

/** A cell of an exported table: text, a number, a date-only value, or empty. */
export type Cell = string | number | { date: IsoDate } | null;

/** One sheet: a title (the sheet's name), headers and rows of cells. */
export interface Table {
  title: string;
  headers: string[];
  rows: Cell[][];
}

/** A cell's text; a text that a spreadsheet would run as a formula is made harmless. */
const csvText = (cell: Cell): string =>
  cell === null
    ? ''
    : typeof cell === 'object'
      ? cell.date
      : typeof cell === 'number'
        ? String(cell)
        : toSpreadsheetCell(cell);

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
const csvField = (text: string): string =>
  /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

/**
 * CSV as RFC 4180 describes it (CRLF between records), in UTF-8 with a byte order mark so
 * that Excel reads æ, ø and å right. Dates as YYYY-MM-DD, which Excel recognises.
 */
export function toCsv(table: Table): Buffer {
  const lines = [table.headers, ...table.rows].map((cells) =>
    cells.map((cell) => csvField(csvText(cell))).join(','),
  );
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * An .xlsx workbook with one sheet; dates are real dates, shown as the language writes them.
 * Texts are written as they are: exceljs stores a string as a text cell, never a formula
 * (only a `{ formula }` value is one), so no text needs the apostrophe of a CSV.
 * Written row by row with exceljs' streaming writer: the object model of a whole workbook
 * took over 250 MB of heap for 42 000 milestones, the compressed file takes a few.
 */
export async function toXlsx(table: Table, dateFormat: string): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const excel = await loadExcelJs();
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  workbook.creator = 'Pejling';
  // Excel limits a sheet name to 31 characters without []:*?/\.
  const sheet = workbook.addWorksheet(table.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  // Columns first: each row is written out as it is committed, with its columns' styles.
  sheet.columns = table.headers.map((header, i) => ({
    width: Math.min(60, Math.max(10, header.length + 2)),
    style: table.rows.some((row) => row[i] !== null && typeof row[i] === 'object')
      ? { numFmt: dateFormat }
      : {},
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  const headers = sheet.addRow(table.headers);
  headers.font = { bold: true };
  headers.commit();
  for (const row of table.rows) {
    sheet
      .addRow(
        row.map((cell) => {
          if (cell === null || typeof cell !== 'object') return cell;
          const [y, m, d] = cell.date.split('-').map(Number);
          return new Date(Date.UTC(y, m - 1, d));
        }),
      )
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
