import ExcelJS from 'exceljs';
import type { IsoDate } from '@pejling/contracts';

/** A cell of an exported table: text, a number, a date-only value, or empty. */
export type Cell = string | number | { date: IsoDate } | null;

/** One sheet: a title (the sheet's name), headers and rows of cells. */
export interface Table {
  title: string;
  headers: string[];
  rows: Cell[][];
}

const csvText = (cell: Cell): string =>
  cell === null ? '' : typeof cell === 'object' ? cell.date : String(cell);

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
const csvField = (text: string): string =>
  /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

/**
 * CSV as RFC 4180 describes it (CRLF between records), in UTF-8 with a byte order mark so
 * that Excel reads æ, ø and å right. Dates as YYYY-MM-DD, which Excel recognises.
 */
export function toCsv(table: Table): Buffer {
  const lines = [table.headers, ...table.rows.map((row) => row.map(csvText))].map((cells) =>
    cells.map(csvField).join(','),
  );
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** An .xlsx workbook with one sheet; dates are real dates, shown as the language writes them. */
export async function toXlsx(table: Table, dateFormat: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pejling';
  // Excel limits a sheet name to 31 characters without []:*?/\.
  const sheet = workbook.addWorksheet(table.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(
      row.map((cell) => {
        if (cell === null || typeof cell !== 'object') return cell;
        const [y, m, d] = cell.date.split('-').map(Number);
        return new Date(Date.UTC(y, m - 1, d));
      }),
    );
  }
  table.headers.forEach((header, i) => {
    const column = sheet.getColumn(i + 1);
    const isDate = table.rows.some((row) => row[i] !== null && typeof row[i] === 'object');
    if (isDate) column.numFmt = dateFormat;
    column.width = Math.min(60, Math.max(10, header.length + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
