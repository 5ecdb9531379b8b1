import type { Language } from '@pejling/contracts';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../export/exceljs';
import { READING_MESSAGES } from './messages';
import type { RawCell, RawRow, RawTable } from './raw-table';
import { UnreadableFile } from './unreadable-file';

/** The worksheets of an .xlsx file that checkXlsxPackage has let through. */
export async function loadWorksheets(
  file: Buffer,
  language: Language,
): Promise<ExcelJS.Worksheet[]> {
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    // exceljs' typings want a Buffer over an ArrayBuffer; it reads any Buffer.
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile(READING_MESSAGES[language].damaged);
  }
  return workbook.worksheets;
}

/** A worksheet as a table: row 1 its header, each cell's value as the sheet holds it. */
export function worksheetTable(sheet: ExcelJS.Worksheet): RawTable {
  let header: RawCell[] = [];
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: RawCell[] = Array.from({ length: row.cellCount }, () => null);
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = rawCell(cell);
    });
    if (number === 1) header = cells;
    else rows.push({ row: number, cells });
  });
  // The model is built only for a sheet with merges: it copies every row.
  const merges = sheet.hasMerges ? sheet.model.merges : [];
  return {
    name: sheet.name,
    header,
    rows,
    merges: merges.map((range) => ({ range, row: Number(/\d+/.exec(range)?.[0] ?? 1) })),
  };
}

/** A merged range's value is its first cell's; exceljs repeats it in the others. */
const rawCell = (cell: ExcelJS.Cell): RawCell =>
  cell.isMerged && cell.master !== cell ? null : rawValue(cell.value);

/**
 * A value as the sheet shows it: a formula's cached result, rich text's plain text, a
 * hyperlink's text.
 */
function rawValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  // exceljs moves whatever the cell held (rich text, a formula's result) into `text`.
  if ('hyperlink' in value) return rawValue(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) {
      return { bad: 'formulaWithoutResult', text: `=${value.formula ?? ''}` };
    }
    return rawValue(result);
  }
  return { bad: 'errorValue', text: value.error };
}
