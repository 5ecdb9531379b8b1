import {
  LANGUAGES,
  MAX_IMPORT_ROWS,
  type ImportError,
  type Language,
  type WorkbookSheet,
} from '@pejling/contracts';
import { SHEETS, type SheetDef } from '../sheets';
import { csvTable } from './csv-table';
import { spreadsheetKind } from './file-kind';
import { READING_MESSAGES } from './messages';
import { isBlank, type RawTable } from './raw-table';
import { readSheet, type ReadSheet } from './read-sheet';
import { UnreadableFile } from './unreadable-file';
import { isHelperSheet, sheetsFitting, sheetTitled } from './which-sheet';
import { closest } from './words';
import { loadWorksheets, worksheetTable } from './xlsx-tables';

export type { ReadRow, ReadSheet, RowId } from './read-sheet';
export { UnreadableFile } from './unreadable-file';
export { MAX_UNPACKED_BYTES } from './xlsx-package';

export interface ReadResult {
  sheets: ReadSheet[];
  errors: ImportError[];
}

/** The sheets a file holds, each with the table it was read from. */
interface Found {
  tables: { def: SheetDef; table: RawTable }[];
  errors: ImportError[];
}

/**
 * The plan's sheets that a file holds, in canonical values, and what is wrong in them: an
 * .xlsx workbook (any of its sheets, by their titles in either language) or a CSV file
 * (one sheet, known by the file's name or its headers). The kind is told by the content,
 * not the name. A file that cannot be read at all throws an UnreadableFile.
 */
export async function readWorkbook(
  file: Buffer,
  fileName: string,
  language: Language,
): Promise<ReadResult> {
  const found =
    (await spreadsheetKind(file, language)) === 'xlsx'
      ? await xlsxSheets(file, language)
      : csvSheet(file, fileName, language);
  const rows = found.tables.reduce(
    (sum, { table }) => sum + table.rows.filter(({ cells }) => !cells.every(isBlank)).length,
    0,
  );
  if (rows > MAX_IMPORT_ROWS) {
    throw new UnreadableFile(READING_MESSAGES[language].tooManyRows(rows, MAX_IMPORT_ROWS));
  }
  const sheets: ReadSheet[] = [];
  const errors = [...found.errors];
  for (const { def, table } of found.tables) {
    const read = readSheet(def, table, language);
    sheets.push(read.sheet);
    errors.push(...read.errors);
  }
  return { sheets, errors };
}

/** An error of the file or of a sheet it does not name as one of SHEETS. */
const fileError = (
  sheetLabel: string | null,
  message: string,
  suggestion?: string,
): ImportError => ({
  sheet: null,
  sheetLabel,
  row: null,
  column: null,
  message,
  ...(suggestion ? { suggestion } : {}),
});

async function xlsxSheets(file: Buffer, language: Language): Promise<Found> {
  const m = READING_MESSAGES[language];
  const found: Found = { tables: [], errors: [] };
  const names = new Map<WorkbookSheet, string>();
  for (const worksheet of await loadWorksheets(file, language)) {
    if (isHelperSheet(worksheet.name)) continue;
    const def = sheetTitled(worksheet.name);
    const first = def && names.get(def.sheet);
    if (!def) {
      const titles = SHEETS.map((sheet) => sheet.title[language]);
      const everyTitle = SHEETS.flatMap((sheet) => LANGUAGES.map((l) => sheet.title[l]));
      found.errors.push(
        fileError(
          worksheet.name,
          m.unknownSheet(worksheet.name, titles),
          closest(worksheet.name, everyTitle),
        ),
      );
    } else if (first !== undefined) {
      // "Milepæle" and "Milestones" in one workbook: the same sheet twice.
      found.errors.push(fileError(worksheet.name, m.duplicateSheet(worksheet.name, first)));
    } else {
      names.set(def.sheet, worksheet.name);
      found.tables.push({ def, table: worksheetTable(worksheet) });
    }
  }
  return found;
}

/** A CSV file is one sheet: the one its name is the title of, or else the one its headers fit. */
function csvSheet(file: Buffer, fileName: string, language: Language): Found {
  const m = READING_MESSAGES[language];
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const table = csvTable(file, name, language);
  const named = sheetTitled(name);
  if (named) return { tables: [{ def: named, table }], errors: [] };
  const headers = table.header.filter((cell) => !isBlank(cell)).map((cell) => String(cell));
  const fitting = sheetsFitting(headers);
  if (fitting.length === 1) return { tables: [{ def: fitting[0], table }], errors: [] };
  const message =
    fitting.length === 0
      ? m.csvSheetUnknown(SHEETS.map((def) => def.title[language]))
      : m.csvSheetAmbiguous(fitting.map((def) => def.title[language]));
  return { tables: [], errors: [fileError(null, message)] };
}
