import type { Language } from '@pejling/contracts';
import yauzl from 'yauzl';
import { READING_MESSAGES } from './messages';
import { UnreadableFile } from './unreadable-file';

/**
 * An .xlsx file is a zip archive. Before exceljs unpacks it — whole, into memory, believing
 * whatever sizes the archive claims — its central directory is checked for a zip bomb
 * (an entry inflating to far more than its size, entries that together inflate to too
 * much, too many entries) and encrypted entries, `[Content_Types].xml` for a spreadsheet's
 * main part, and then every entry is inflated once, bytes counted and dropped, so that an
 * archive whose directory understates its entries is caught too.
 */

/** The most an .xlsx may unpack to. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Entries of an .xlsx: a few per sheet (its XML, relations, comments, drawings). */
const MAX_ENTRIES = 1000;
/**
 * An entry inflating to more than this many times its compressed size is a zip bomb,
 * unless it inflates to less than `RATIO_FROM_BYTES` (tiny XML compresses very well):
 * the bounds attachments/zip-kind.ts uses. A sheet's XML compresses 10 to 30 times.
 */
const MAX_RATIO = 200;
const RATIO_FROM_BYTES = 1024 * 1024;
/** The largest `[Content_Types].xml` read: real ones are a few kB. */
const MAX_CONTENT_TYPES_BYTES = 256 * 1024;

/** The main parts of workbooks exceljs reads: .xlsx, .xltx and their macro-enabled kinds. */
const SPREADSHEET_MAIN_PART =
  /^application\/vnd\.(openxmlformats-officedocument\.spreadsheetml\.(sheet|template)|ms-excel\.(sheet|template)\.macroEnabled)\.main\+xml$/;

/** Checks an .xlsx file's zip archive; throws an UnreadableFile for one exceljs must not load. */
export async function checkXlsxPackage(file: Buffer, language: Language): Promise<void> {
  const m = READING_MESSAGES[language];
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(file, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
    });
  } catch {
    throw new UnreadableFile(m.damaged);
  }
  try {
    if (zip.entryCount > MAX_ENTRIES) {
      throw new UnreadableFile(m.tooManyEntries(zip.entryCount, MAX_ENTRIES));
    }
    const entries = await directory(zip, language);
    const contentTypes = entries.find((entry) => entry.fileName === '[Content_Types].xml');
    if (!contentTypes) {
      // OpenDocument (.ods) names its kind in `mimetype` instead.
      const ods = entries.some((entry) => entry.fileName === 'mimetype');
      throw new UnreadableFile(ods ? m.otherSpreadsheetFormat : m.notSpreadsheet);
    }
    const main = mainPart(await entryText(zip, contentTypes, language));
    if (!main || !SPREADSHEET_MAIN_PART.test(main)) {
      // A binary workbook (.xlsb) is a spreadsheet exceljs cannot read; a .docx is none.
      const spreadsheet = main !== undefined && /spreadsheetml|ms-excel/.test(main);
      throw new UnreadableFile(spreadsheet ? m.otherSpreadsheetFormat : m.notSpreadsheet);
    }
    for (const entry of entries) await inflate(zip, entry, language);
  } finally {
    zip.close();
  }
}

/** The archive's entries, refused on the first that makes it a zip bomb or is encrypted. */
async function directory(zip: yauzl.ZipFile, language: Language): Promise<yauzl.Entry[]> {
  const m = READING_MESSAGES[language];
  const entries: yauzl.Entry[] = [];
  let unpacked = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.isEncrypted()) throw new UnreadableFile(m.encryptedEntries);
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize >= RATIO_FROM_BYTES && ratio > MAX_RATIO) {
        throw new UnreadableFile(m.zipBomb(entry.fileName, Math.round(ratio)));
      }
      unpacked += entry.uncompressedSize;
      if (unpacked > MAX_UNPACKED_BYTES) throw new UnreadableFile(m.tooLarge(MAX_UNPACKED_BYTES));
      entries.push(entry);
    }
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile(m.damaged);
  }
  return entries;
}

/** The content type of the package's main part (`….main+xml`, or xlsb's `….main`). */
const mainPart = (contentTypes: string): string | undefined =>
  /ContentType="([^"]+\.main(?:\+xml)?)"/.exec(contentTypes)?.[1];

async function entryText(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  language: Language,
): Promise<string> {
  if (entry.uncompressedSize > MAX_CONTENT_TYPES_BYTES) {
    throw new UnreadableFile(READING_MESSAGES[language].damaged);
  }
  const parts: Buffer[] = [];
  await inflate(zip, entry, language, (part) => parts.push(part));
  return Buffer.concat(parts).toString('utf8');
}

/**
 * Inflates an entry, handing each part to `onPart`. yauzl fails the stream when the entry
 * inflates to other than the size the directory claims, which was checked above.
 */
async function inflate(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  language: Language,
  onPart?: (part: Buffer) => void,
): Promise<void> {
  try {
    for await (const part of await zip.openReadStreamPromise(entry)) onPart?.(part as Buffer);
  } catch {
    throw new UnreadableFile(READING_MESSAGES[language].damaged);
  }
}
