import { Readable } from 'node:stream';
import { UnsupportedMediaTypeException } from '@nestjs/common';
import yauzl from 'yauzl';
import { formatFileSize } from '@pejling/contracts';
import type { ReadBytes } from './chunk-store';
import { ACCEPTED, ODF_MIMETYPES, OOXML_MAIN_PARTS, type FileKind } from './file-kinds';

/**
 * Office Open XML (docx, xlsx, pptx) and OpenDocument (odt, ods, odp) files are zip
 * archives. Which one a zip is, and whether it carries macros, is read from its central
 * directory (the entries' names and sizes, at the end of the file) and from one small
 * entry: `[Content_Types].xml` or `mimetype`. A zip whose entries would inflate to too much
 * is refused before any entry is read.
 */

/** An entry inflating to more than this many times its compressed size is a zip bomb … */
const MAX_RATIO = 200;
/** … unless it inflates to less than this: tiny text compresses very well. */
const RATIO_FROM_BYTES = 1024 * 1024;
/** The largest `[Content_Types].xml` or `mimetype` read: real ones are a few kB. */
const MAX_DESCRIPTOR_BYTES = 256 * 1024;

const refuse = (what: string) =>
  new UnsupportedMediaTypeException(`the file is ${what}. ${ACCEPTED}`);

/** The zip's entries, read through `read`, as yauzl needs them. */
class StoredZip extends yauzl.RandomAccessReader {
  constructor(private readonly readBytes: ReadBytes) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const read = this.readBytes;
    return Readable.from(
      (async function* () {
        yield await read(start, end - start);
      })(),
      { objectMode: false },
    );
  }
}

/**
 * The kind of a zip file of `size` bytes, or a 415 saying what it is instead. Its
 * entries together may inflate to `maxInflatedBytes` at most.
 */
export async function zipKind(
  read: ReadBytes,
  size: number,
  maxInflatedBytes: number,
): Promise<FileKind> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromRandomAccessReaderPromise(new StoredZip(read), size, {
      lazyEntries: true,
      autoClose: false,
    });
  } catch (error) {
    throw refuse(`not a valid zip archive (${(error as Error).message})`);
  }
  try {
    return await kindOf(zip, maxInflatedBytes);
  } finally {
    zip.close();
  }
}

async function kindOf(zip: yauzl.ZipFile, maxInflatedBytes: number): Promise<FileKind> {
  const entries = new Map<string, yauzl.Entry>();
  let inflated = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize >= RATIO_FROM_BYTES && ratio > MAX_RATIO) {
        throw refuse(
          `a zip archive whose entry "${entry.fileName}" would inflate ${Math.round(ratio)} times (to ${formatFileSize(entry.uncompressedSize, 'en-GB')}): refused unread, as a zip bomb`,
        );
      }
      inflated += entry.uncompressedSize;
      if (inflated > maxInflatedBytes) {
        throw refuse(
          `a zip archive whose entries would inflate to more than ${formatFileSize(maxInflatedBytes, 'en-GB')}: refused unread, as a zip bomb`,
        );
      }
      entries.set(entry.fileName, entry);
    }
  } catch (error) {
    if (error instanceof UnsupportedMediaTypeException) throw error;
    throw refuse(`not a valid zip archive (${(error as Error).message})`);
  }

  const names = [...entries.keys()];
  const contentTypes = entries.get('[Content_Types].xml');
  const mimetype = entries.get('mimetype');
  if (names.some((name) => /(^|\/)vbaproject\.bin$/i.test(name))) throw withMacros();
  if (contentTypes) {
    const xml = await entryText(zip, contentTypes);
    if (/macroEnabled|vnd\.ms-office\.vbaProject/i.test(xml)) throw withMacros();
    const main = /ContentType="([^"]+\.main\+xml)"/.exec(xml)?.[1];
    const kind = main ? OOXML_MAIN_PARTS[main] : undefined;
    if (!kind) {
      throw refuse(
        `an Office Open XML file of a kind Pejling does not take (${main ?? 'no main part'})`,
      );
    }
    return kind;
  }
  if (mimetype) {
    // OpenDocument keeps macros in Basic/ (StarBasic) and Scripts/ (other languages).
    if (names.some((name) => /^(Basic|Scripts)\//.test(name))) throw withMacros();
    const type = (await entryText(zip, mimetype)).trim();
    const kind = ODF_MIMETYPES[type];
    if (!kind) throw refuse(`an OpenDocument file of a kind Pejling does not take (${type})`);
    return kind;
  }
  throw refuse(
    'a zip archive that is not an Office or OpenDocument file (it has neither [Content_Types].xml nor mimetype), only named like one',
  );
}

const withMacros = () =>
  new UnsupportedMediaTypeException(
    'the file is an Office document with macros (a vbaProject.bin or a macro-enabled type such as docm or xlsm): Pejling takes Office files without macros; save it as docx, xlsx or pptx',
  );

/** A small entry's text. */
async function entryText(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string> {
  if (entry.uncompressedSize > MAX_DESCRIPTOR_BYTES) {
    throw refuse(`a zip archive whose ${entry.fileName} is too large to be a real one`);
  }
  try {
    const parts: Buffer[] = [];
    for await (const part of await zip.openReadStreamPromise(entry)) parts.push(part as Buffer);
    return Buffer.concat(parts).toString('utf8');
  } catch (error) {
    throw refuse(
      `a zip archive whose ${entry.fileName} cannot be read (${(error as Error).message})`,
    );
  }
}
