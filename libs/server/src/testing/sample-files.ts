import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Files of every kind an upload may be, made in the test: what their content says is what
 * the server must find, whatever they are named.
 */

export const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
export const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  Buffer.alloc(32, 1),
]);
export const JPEG = Buffer.concat([
  Buffer.from('ffd8ffe000104a464946', 'hex'),
  Buffer.alloc(32, 2),
]);

export interface ZipEntry {
  name: string;
  data: string | Buffer;
  /** What the central directory claims instead of the truth (a zip bomb's claim). */
  claims?: { compressedSize: number; uncompressedSize: number };
}

/** A zip archive of `entries`, deflated, as a zip library writes one. */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.from(entry.data);
    const deflated = deflateRawSync(data);
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x21, 12); // 1 January 1980
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(entry.claims?.compressedSize ?? deflated.length, 20);
    central.writeUInt32LE(entry.claims?.uncompressedSize ?? data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    centrals.push(central, name);
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const OOXML = 'application/vnd.openxmlformats-officedocument';

/** `[Content_Types].xml` naming `main` as the main part's type. */
const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;

export const DOCX = zip([
  {
    name: '[Content_Types].xml',
    data: contentTypes(`${OOXML}.wordprocessingml.document.main+xml`),
  },
  { name: '_rels/.rels', data: '<Relationships/>' },
  { name: 'word/document.xml', data: '<w:document><w:body>Referat</w:body></w:document>' },
]);

/** A Word document with macros: a macro-enabled main part, and the macros themselves. */
export const DOCM = zip([
  {
    name: '[Content_Types].xml',
    data: contentTypes('application/vnd.ms-word.document.macroEnabled.main+xml'),
  },
  { name: 'word/document.xml', data: '<w:document/>' },
  { name: 'word/vbaProject.bin', data: Buffer.alloc(64, 7) },
]);

export const ODT = zip([
  { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
  { name: 'content.xml', data: '<office:document-content/>' },
]);

/** A zip named like a document, without what makes one. */
export const PLAIN_ZIP = zip([{ name: 'rapport.txt', data: 'ikke et dokument' }]);

/** A zip whose central directory claims 3 × 100 MB, each entry 10 times its 10 MB. */
export const ZIP_CLAIMING_300_MB = zip(
  ['a.xml', 'b.xml', 'c.xml'].map((name) => ({
    name,
    data: 'x',
    claims: { compressedSize: 10 * 1024 * 1024, uncompressedSize: 100 * 1024 * 1024 },
  })),
);

/** A zip with an entry that claims to inflate 2 MB from 10 bytes. */
export const ZIP_BOMB_ENTRY = zip([
  {
    name: '[Content_Types].xml',
    data: contentTypes(`${OOXML}.wordprocessingml.document.main+xml`),
  },
  {
    name: 'word/document.xml',
    data: 'x',
    claims: { compressedSize: 10, uncompressedSize: 2 << 20 },
  },
]);

/**
 * An OLE2 compound file of 512-byte sectors: the header, one FAT sector, one directory
 * sector holding `names` (the root first).
 */
export function compoundFile(names: string[]): Buffer {
  const file = Buffer.alloc(512 * 3, 0);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(file, 0);
  file.writeUInt16LE(0x3e, 0x18);
  file.writeUInt16LE(3, 0x1a);
  file.writeUInt16LE(0xfffe, 0x1c);
  file.writeUInt16LE(9, 0x1e); // 512-byte sectors
  file.writeUInt16LE(6, 0x20);
  file.writeUInt32LE(1, 0x2c); // one FAT sector …
  file.writeUInt32LE(1, 0x30); // … and the directory in sector 1
  file.writeUInt32LE(4096, 0x38);
  file.writeUInt32LE(0xfffffffe, 0x3c);
  file.writeUInt32LE(0xfffffffe, 0x44);
  file.fill(0xff, 0x4c, 512);
  file.writeUInt32LE(0, 0x4c); // the FAT is sector 0
  const fat = 512;
  file.fill(0xff, fat, fat + 512);
  file.writeUInt32LE(0xfffffffd, fat); // sector 0: the FAT itself
  file.writeUInt32LE(0xfffffffe, fat + 4); // sector 1: the directory, which ends there
  names.slice(0, 4).forEach((name, i) => {
    const at = 1024 + i * 128;
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(file, at);
    file.writeUInt16LE(utf16.length, at + 0x40);
    file.writeUInt8(i === 0 ? 5 : 2, at + 0x42); // the root storage, then streams
  });
  return file;
}

/** An old binary Word file, as far as its container says. */
export const OLD_WORD = compoundFile(['Root Entry', 'WordDocument', '\u0001CompObj']);

/** A password-protected .docx: Office stores it in a compound file. */
export const ENCRYPTED_DOCX = compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']);
