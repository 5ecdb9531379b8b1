import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { Language, WorkbookSheet } from '@pejling/contracts';
import {
  ROW_ID_HEADER,
  SHEETS,
  WORKBOOK_WORDS,
  type CellValue,
  type ColumnDef,
  type SheetDef,
} from '../sheets';
import { loadExcelJs } from '../../export/exceljs';
import { cellText, ISO_DATE } from './cell-text';
import { DropDownLists } from './drop-down-lists';
import { guideLines, type GuideLine } from './guide';

/** One record as a row: its id and version (null for a row that is not a record yet) and its cells. */
export interface WorkbookRow {
  id: number | null;
  version: number | null;
  values: Record<string, CellValue>;
}

export interface WorkbookContent {
  /** Rows per sheet, in the order to write them; a sheet left out is written with its headers only. */
  rows: Partial<Record<WorkbookSheet, WorkbookRow[]>>;
}

const DATE_FORMATS: Record<Language, string> = { da: 'dd.mm.yyyy', en: 'yyyy-mm-dd' };
const DEFAULT_WIDTH = 14;
/** Drop-downs reach this far below the header at least, so that new rows have them too… */
const VALIDATED_ROWS = 2_000;
/** …and this many rows below the last written row. */
const VALIDATED_BLANK_ROWS = 1_000;

/** What exceljs 4.4's worksheets (both kinds) have but its typings leave out. */
interface ValidatedWorksheet {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/**
 * The plan as an .xlsx workbook in a language: a guide, then one sheet per kind of record
 * (SHEETS) with a hidden column of each row's id and version, and drop-downs on the columns
 * with a fixed set of choices, whose lists are on a hidden sheet at the end.
 *
 * Written with exceljs' streaming writer, which keeps only the rows not yet committed:
 * the object model of a whole workbook took over 250 MB of heap for 42 000 milestones
 * (see export/table-files.ts). Its worksheets take data validations as the in-memory
 * ones do and write them when the sheet is committed.
 */
export async function writeWorkbook(content: WorkbookContent, language: Language): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const excel = await loadExcelJs();
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  workbook.creator = 'Pejling';
  const words = WORKBOOK_WORDS[language];

  writeGuide(workbook.addWorksheet(words.guide), language);
  const lists = new DropDownLists(
    language,
    words.lists,
    (content.rows.organisations ?? []).flatMap(({ values }) =>
      typeof values.shortName === 'string' && values.shortName !== '' ? [values.shortName] : [],
    ),
  );
  for (const def of SHEETS) {
    const sheet = workbook.addWorksheet(def.title[language], {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    writeRecords(sheet, def, content.rows[def.sheet] ?? [], language, lists);
  }
  // Last, when every sheet has said which lists it refers to.
  const listSheet = workbook.addWorksheet(words.lists, { state: 'hidden' });
  lists.write(listSheet);
  listSheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

function writeGuide(sheet: ExcelJS.Worksheet, language: Language): void {
  sheet.columns = [{ width: 100, style: { alignment: { wrapText: true, vertical: 'top' } } }];
  for (const line of guideLines(language)) {
    const row = sheet.addRow([guideCell(line)]);
    if (line.style === 'title') row.font = { bold: true, size: 14 };
    if (line.style === 'heading') row.font = { bold: true };
    row.commit();
  }
  sheet.commit();
}

const guideCell = (line: GuideLine): ExcelJS.CellValue =>
  line.lead === undefined
    ? line.text
    : { richText: [{ text: line.lead, font: { bold: true } }, { text: line.text }] };

function writeRecords(
  sheet: ExcelJS.Worksheet,
  def: SheetDef,
  rows: readonly WorkbookRow[],
  language: Language,
  lists: DropDownLists,
): void {
  const idColumn = def.columns.length + 1;
  sheet.columns = [
    ...def.columns.map((column) => ({
      width: column.width ?? DEFAULT_WIDTH,
      style: column.kind.type === 'date' ? { numFmt: DATE_FORMATS[language] } : {},
    })),
    { width: DEFAULT_WIDTH, hidden: true },
  ];
  // The filter covers the hidden id column too, so that sorting the rows moves each id along.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: idColumn } };
  const header = sheet.addRow([
    ...def.columns.map((column) => column.header[language]),
    ROW_ID_HEADER,
  ]);
  header.font = { bold: true };
  header.commit();
  for (const row of rows) {
    sheet
      .addRow([
        ...def.columns.map((column) =>
          workbookCell(row.values[column.key] ?? null, column, language),
        ),
        rowId(row),
      ])
      .commit();
  }

  const lastRow = Math.max(VALIDATED_ROWS, rows.length + 1 + VALIDATED_BLANK_ROWS);
  def.columns.forEach((column, i) => {
    const validation = lists.validationFor(column, def);
    if (!validation) return;
    const letter = sheet.getColumn(i + 1).letter;
    (sheet as unknown as ValidatedWorksheet).dataValidations.add(
      `${letter}2:${letter}${lastRow}`,
      validation,
    );
  });
  sheet.commit();
}

/**
 * A cell as Excel should hold it: a date as a real date (UTC midnight, which exceljs writes
 * as that day), a number as a number, anything else as its text. exceljs writes a string as
 * a text cell, never a formula, so a title like "=1+1" stays a title.
 */
function workbookCell(value: CellValue, column: ColumnDef, language: Language): ExcelJS.CellValue {
  switch (column.kind.type) {
    case 'date': {
      const parts = typeof value === 'string' ? ISO_DATE.exec(value) : null;
      if (parts)
        return new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
      break;
    }
    case 'integer':
    case 'number':
      if (typeof value === 'number') return value;
      break;
  }
  return cellText(value, column, language);
}

/** The hidden id cell: "12 v3", as text; empty for a row that is not a record yet. */
const rowId = (row: WorkbookRow): string | null =>
  row.id === null ? null : row.version === null ? String(row.id) : `${row.id} v${row.version}`;
