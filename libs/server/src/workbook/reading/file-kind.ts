import type { Language } from '@pejling/contracts';
import {
  COMPOUND_FILE_MAGIC,
  compoundFileNames,
  isEncryptedPackage,
} from '../../attachments/compound-file';
import { READING_MESSAGES } from './messages';
import { UnreadableFile } from './unreadable-file';
import { checkXlsxPackage, MAX_UNPACKED_BYTES } from './xlsx-package';

export type SpreadsheetKind = 'xlsx' | 'csv';

const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];
/** The control characters text holds: tab, line feed, vertical tab, form feed, carriage return. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d]);
/** The streams of the binary Office files that are not workbooks (.doc, .ppt). */
const NOT_WORKBOOK_STREAMS = ['WordDocument', 'PowerPoint Document'];

/**
 * What kind of spreadsheet a file is, from its content, whatever its name: a zip archive
 * is an .xlsx (once checked, see xlsx-package.ts), text is a CSV. Anything else throws an
 * UnreadableFile saying what it is and what to do: an OLE2 compound file is an encrypted
 * Office file or an old binary one (.xls), whose directory tells which.
 */
export async function spreadsheetKind(file: Buffer, language: Language): Promise<SpreadsheetKind> {
  const m = READING_MESSAGES[language];
  if (file.length === 0) throw new UnreadableFile(m.empty);
  if (startsWith(file, ZIP_MAGIC)) {
    await checkXlsxPackage(file, language);
    return 'xlsx';
  }
  if (startsWith(file, COMPOUND_FILE_MAGIC)) {
    const names = await compoundFileNames(async (offset, length) =>
      file.subarray(offset, offset + length),
    );
    if (isEncryptedPackage(names)) throw new UnreadableFile(m.encrypted);
    // A directory that cannot be read is most likely an old workbook's, in an import.
    const notWorkbook = names.some((name) => NOT_WORKBOOK_STREAMS.includes(name));
    throw new UnreadableFile(notWorkbook ? m.notSpreadsheet : m.oldXls);
  }
  if (UTF16_BOMS.some((bom) => startsWith(file, bom))) throw new UnreadableFile(m.utf16);
  if (file.length > MAX_UNPACKED_BYTES) throw new UnreadableFile(m.tooLarge(MAX_UNPACKED_BYTES));
  // A PDF may be text throughout its first lines, or even all of it.
  if (startsWith(file, PDF_MAGIC) || !isText(file)) throw new UnreadableFile(m.notSpreadsheet);
  return 'csv';
}

const startsWith = (file: Buffer, magic: Buffer) =>
  file.length >= magic.length && file.subarray(0, magic.length).equals(magic);

/**
 * Whether the bytes can be text: no NUL and no other control character that text never
 * holds. Any such bytes decode as UTF-8 or Windows-1252 (see csv-table.ts), which has a
 * character for every byte.
 */
function isText(file: Buffer): boolean {
  for (const byte of file) {
    if (byte < 0x20 && !TEXT_CONTROLS.has(byte)) return false;
  }
  return true;
}
