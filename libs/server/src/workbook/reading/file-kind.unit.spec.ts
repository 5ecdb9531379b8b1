import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import {
  compoundFile,
  DOCX,
  ENCRYPTED_DOCX,
  MINIMAL_PDF,
  OLD_WORD,
  PNG,
  zip,
  ZIP_CLAIMING_300_MB,
  type ZipEntry,
} from '../../testing/sample-files';
import { spreadsheetKind } from './file-kind';
import { UnreadableFile } from './unreadable-file';
import { MAX_UNPACKED_BYTES } from './xlsx-package';

/** `[Content_Types].xml` whose main part is of `type`. */
const contentTypes = (type: string): ZipEntry => ({
  name: '[Content_Types].xml',
  data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="${type}"/></Types>`,
});
const XLSX_TYPES = contentTypes(
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
);

/** What reading the file throws: the UnreadableFile's message. */
async function refusal(file: Buffer, language: 'da' | 'en' = 'en'): Promise<string> {
  const error = await spreadsheetKind(file, language).then(
    () => new Error('read'),
    (e: Error) => e,
  );
  expect(error).toBeInstanceOf(UnreadableFile);
  return error.message;
}

describe('the kind of a spreadsheet file, by its content', () => {
  it('is xlsx for a workbook exceljs wrote', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Milepæle').addRow(['Titel']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await spreadsheetKind(file, 'da')).toBe('xlsx');
  });

  it('is csv for text, UTF-8 or Windows-1252, whatever it is named', async () => {
    expect(await spreadsheetKind(Buffer.from('\uFEFFKode;Titel\r\nA;Å\r\n'), 'da')).toBe('csv');
    expect(await spreadsheetKind(Buffer.from('Kode,Titel\nA,Ærø\n', 'latin1'), 'da')).toBe('csv');
  });

  it('refuses an empty file', async () => {
    expect(await refusal(Buffer.alloc(0), 'da')).toBe('Filen er tom.');
  });

  it.each([
    ['a PNG image', PNG],
    ['a PDF', MINIMAL_PDF],
    ['random binary data', Buffer.from([0x01, 0x02, 0x41, 0x42])],
    ['an old Word file', OLD_WORD],
    ['a .docx', DOCX],
    ['a zip of text files', zip([{ name: 'plan.txt', data: 'ikke et regneark' }])],
  ])('refuses %s as not a spreadsheet, in the language', async (_, file) => {
    expect(await refusal(file, 'da')).toBe(
      'Filen er ikke et regneark: Pejling læser .xlsx- og .csv-filer.',
    );
    expect(await refusal(file, 'en')).toBe(
      'The file is not a spreadsheet: Pejling reads .xlsx and .csv files.',
    );
  });

  it('refuses an old .xls, saying to save it as .xlsx', async () => {
    const xls = compoundFile(['Root Entry', 'Workbook', '\u0005SummaryInformation']);
    expect(await refusal(xls, 'da')).toContain('gem den som Excel-projektmappe (.xlsx)');
    expect(await refusal(xls, 'en')).toContain('save it as an Excel workbook (.xlsx)');
  });

  it('refuses an encrypted workbook, saying to save it without a password', async () => {
    expect(await refusal(ENCRYPTED_DOCX, 'da')).toContain('gem den uden adgangskode');
    expect(await refusal(ENCRYPTED_DOCX, 'en')).toContain('save it without a password');
  });

  it.each([
    [
      'an OpenDocument spreadsheet',
      zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }]),
    ],
    [
      'a binary workbook (.xlsb)',
      zip([contentTypes('application/vnd.ms-excel.sheet.binary.macroEnabled.main')]),
    ],
  ])('refuses %s, saying to save it as .xlsx', async (_, file) => {
    expect(await refusal(file)).toContain('save it as .xlsx');
  });

  it('refuses text in UTF-16', async () => {
    expect(await refusal(Buffer.from('\uFEFFKode;Titel', 'utf16le'))).toContain('UTF-16');
  });

  it('refuses a damaged zip', async () => {
    const file = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 0x41)]);
    expect(await refusal(file)).toContain('damaged');
  });
});

describe('a zip bomb, refused before anything unpacks it', () => {
  it('refuses an entry inflating far beyond its size', async () => {
    // 8 MB of spaces deflate to a few kB.
    const file = zip([
      XLSX_TYPES,
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 << 20, 32) },
    ]);
    expect(await refusal(file, 'da')).toMatch(
      /delen »xl\/worksheets\/sheet1\.xml« ville pakkes ud til [\d.]+ gange/,
    );
  });

  it('refuses entries that together unpack to more than 100 MB', async () => {
    expect(MAX_UNPACKED_BYTES).toBe(100 * 1024 * 1024);
    expect(await refusal(ZIP_CLAIMING_300_MB)).toBe(
      'The file was refused unread: unpacked, it would take more than 100 MB.',
    );
  });

  it('refuses an entry that inflates to more than its directory claims', async () => {
    const data = Buffer.alloc(64 * 1024, 32);
    const file = zip([
      XLSX_TYPES,
      {
        name: 'xl/worksheets/sheet1.xml',
        data,
        claims: { compressedSize: deflateRawSync(data).length, uncompressedSize: 100 },
      },
    ]);
    expect(await refusal(file)).toContain('damaged');
  });

  it('refuses too many entries', async () => {
    const entries = Array.from({ length: 1001 }, (_, i) => ({ name: `x/${i}.xml`, data: '<x/>' }));
    expect(await refusal(zip([XLSX_TYPES, ...entries]))).toContain('1,002 parts');
  });

  it('refuses encrypted entries', async () => {
    const file = zip([XLSX_TYPES, { name: 'xl/workbook.xml', data: '<workbook/>' }]);
    // Set "encrypted" (bit 0 of the general purpose flags) in each central directory header.
    for (let at = file.indexOf('PK\x01\x02'); at >= 0; at = file.indexOf('PK\x01\x02', at + 4)) {
      file.writeUInt16LE(file.readUInt16LE(at + 8) | 1, at + 8);
    }
    expect(await refusal(file)).toContain('encrypted parts');
  });

  it('refuses a CSV larger than 100 MB', async () => {
    expect(await refusal(Buffer.alloc(MAX_UNPACKED_BYTES + 1, 0x61))).toContain('100 MB');
  });
});
