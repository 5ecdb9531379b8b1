import { fromSpreadsheetCell, type Language } from '@pejling/contracts';
import { parse } from 'csv-parse/sync';
import { READING_MESSAGES } from './messages';
import type { RawTable } from './raw-table';
import { UnreadableFile } from './unreadable-file';

/**
 * A CSV file as a table. Excel saves CSV in UTF-8 (with a byte order mark, "CSV UTF-8")
 * or in the Windows code page (Windows-1252 in Denmark), and with the list separator of
 * its locale: a semicolon in Danish, a comma in English. Fields are quoted as RFC 4180
 * says, so a field may hold the separator, quotes and line breaks. A text Pejling's CSV
 * export wrote with a leading apostrophe (a formula made harmless) is read back without it.
 */
export function csvTable(file: Buffer, name: string, language: Language): RawTable {
  const text = decode(file);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      // A row may be shorter or longer than the header; blank lines keep their number.
      relax_column_count: true,
      // A quote inside an unquoted field (5" screen) is part of it.
      relax_quotes: true,
    });
  } catch (error) {
    // The record that failed follows those read: its row, as a spreadsheet numbers it.
    const row = ((error as { records?: number }).records ?? 0) + 1;
    throw new UnreadableFile(READING_MESSAGES[language].csvDamaged(row));
  }
  const cells = records.map((record) => record.map((cell) => fromSpreadsheetCell(cell)));
  return {
    name,
    header: cells[0] ?? [],
    // A record's number is its row's, as a spreadsheet opening the file shows it.
    rows: cells.slice(1).map((record, i) => ({ row: i + 2, cells: record })),
    merges: [],
  };
}

/** UTF-8 (its byte order mark dropped) if the bytes are UTF-8, else Windows-1252. */
function decode(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return new TextDecoder('windows-1252').decode(file);
  }
}

/** The separator the header line uses more of, outside quotes: a semicolon or a comma. */
function delimiterOf(text: string): ';' | ',' {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}
