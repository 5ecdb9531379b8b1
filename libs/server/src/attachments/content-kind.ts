import { UnsupportedMediaTypeException } from '@nestjs/common';
import type { ReadBytes } from './chunk-store';
import { COMPOUND_FILE_MAGIC, compoundFileNames, isEncryptedPackage } from './compound-file';
import { ACCEPTED, FILE_KINDS, type FileKind } from './file-kinds';
import { zipKind } from './zip-kind';

/**
 * What a file is, decided from its content: never from its name or the type the client
 * declared. The first bytes tell most kinds (magic numbers); a zip is read further
 * (`zipKind`), and so is an OLE2 compound file, to say why it is refused. Text is whatever
 * is valid UTF-8 without NUL bytes, which is checked as the file streams past.
 */

/** How many of the first bytes are kept to tell the kind. */
const HEAD_BYTES = 4096;

/** What is learnt of a file as it streams past, without keeping it: its head, whether it is text. */
export class ContentSniffer {
  private readonly headParts: Buffer[] = [];
  private headBytes = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private text = true;

  update(data: Buffer): void {
    if (this.headBytes < HEAD_BYTES) {
      this.headParts.push(data.subarray(0, HEAD_BYTES - this.headBytes));
      this.headBytes += Math.min(data.length, HEAD_BYTES - this.headBytes);
    }
    if (this.text) this.text = !data.includes(0) && this.decodes(data, true);
  }

  /** The first bytes, and whether the whole file is UTF-8 text without NUL. */
  result(): { head: Buffer; text: boolean } {
    // An incomplete character at the very end is not UTF-8 either.
    const text = this.text && this.decodes(new Uint8Array(), false);
    return { head: Buffer.concat(this.headParts), text };
  }

  private decodes(data: Uint8Array, stream: boolean): boolean {
    try {
      this.decoder.decode(data, { stream });
      return true;
    } catch {
      return false;
    }
  }
}

const startsWith = (head: Buffer, bytes: number[] | Buffer, at = 0) =>
  head.length >= at + bytes.length &&
  head.subarray(at, at + bytes.length).equals(Buffer.from(bytes));
const ascii = (text: string) => Buffer.from(text, 'latin1');

/** Kinds Pejling refuses, by their magic numbers, to say what was found. */
const REFUSED: [test: (head: Buffer) => boolean, what: string][] = [
  [(h) => startsWith(h, ascii('GIF8')), 'a GIF image'],
  [(h) => startsWith(h, ascii('RIFF')) && startsWith(h, ascii('WEBP'), 8), 'a WebP image'],
  [(h) => startsWith(h, ascii('II*\0')) || startsWith(h, ascii('MM\0*')), 'a TIFF image'],
  [(h) => startsWith(h, ascii('ftyp'), 4), 'a video, HEIC image or other media file'],
  [(h) => startsWith(h, ascii('MZ')), 'a Windows program (EXE or DLL)'],
  [(h) => startsWith(h, ascii('\x7fELF')), 'a Linux program (ELF)'],
  [(h) => startsWith(h, ascii('Rar!')), 'a RAR archive'],
  [(h) => startsWith(h, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), 'a 7-Zip archive'],
  [(h) => startsWith(h, [0x1f, 0x8b]), 'a gzip archive'],
  [
    (h) => startsWith(h, [0xff, 0xfe]) || startsWith(h, [0xfe, 0xff]),
    'text in UTF-16: save it as UTF-8',
  ],
];

/** Text as CSV: at least two lines, each with the same number (one or more) of one delimiter. */
function looksLikeCsv(head: Buffer): boolean {
  const lines = head.toString('utf8').split(/\r?\n/).slice(0, 20).filter(Boolean);
  // The last line of the head may be cut off.
  const whole = lines.length > 2 ? lines.slice(0, -1) : lines;
  if (whole.length < 2) return false;
  return [',', ';', '\t'].some((delimiter) => {
    const counts = whole.map((line) => line.split(delimiter).length - 1);
    return counts[0] > 0 && counts.every((n) => n === counts[0]);
  });
}

/**
 * The kind of a stored file of `size` bytes, from what its sniffer learnt and, for zip and
 * compound files, from reading it back (`read`); or a 415 that says what it is instead.
 */
export async function contentKind(
  sniffed: { head: Buffer; text: boolean },
  size: number,
  read: ReadBytes,
  limits: { maxInflatedBytes: number },
): Promise<FileKind> {
  const { head, text } = sniffed;
  if (startsWith(head, ascii('%PDF-'))) return FILE_KINDS.pdf;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return FILE_KINDS.png;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return FILE_KINDS.jpeg;
  if (startsWith(head, ascii('PK\x03\x04')) || startsWith(head, ascii('PK\x05\x06'))) {
    return zipKind(read, size, limits.maxInflatedBytes);
  }
  if (startsWith(head, COMPOUND_FILE_MAGIC)) {
    if (isEncryptedPackage(await compoundFileNames(read))) {
      throw new UnsupportedMediaTypeException(
        'the file is an encrypted (password-protected) Office file, whose content Pejling cannot check: remove the password and upload it again',
      );
    }
    throw new UnsupportedMediaTypeException(
      'the file is an old binary Office file (doc, xls or ppt): save it as docx, xlsx or pptx, or as PDF, and upload that',
    );
  }
  if (text) return looksLikeCsv(head) ? FILE_KINDS.csv : FILE_KINDS.text;
  const found = REFUSED.find(([test]) => test(head))?.[1];
  const start = [...head.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  throw new UnsupportedMediaTypeException(
    `the file is ${found ?? `binary data of an unknown kind (it starts with ${start})`}. ${ACCEPTED}`,
  );
}
