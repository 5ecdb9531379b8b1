import ExcelJS from 'exceljs';
import { offGlossary, type Language } from '@pejling/contracts';
import { ROW_ID_HEADER, SHEET_BY_NAME, SHEETS, type SheetDef } from '../sheets';
import { guideLines } from './guide';
import { writeWorkbook, type WorkbookContent } from './write-workbook';

const CONTENT: WorkbookContent = {
  rows: {
    strategy: [
      {
        id: 1,
        version: 4,
        values: {
          name: 'Strategi for grøn omstilling',
          periodStart: '2016-01-01',
          periodEnd: '2020-12-31',
        },
      },
    ],
    initiatives: [
      {
        id: 12,
        version: 3,
        values: {
          code: 'A.1',
          focusArea: 'A',
          title: 'Kortlægning',
          leadOrganisations: [
            { key: 'UFM', inferred: true },
            { key: 'CED', inferred: false },
          ],
          status: 'in_progress',
          health: 'amber',
          progressOverride: 40,
        },
      },
    ],
    milestones: [
      {
        id: 7,
        version: 1,
        values: { initiative: 'A.1', title: '=1+1', dueDate: '2017-06-15' },
      },
      { id: null, version: null, values: { initiative: 'A.1', title: 'Ny milepæl' } },
    ],
    organisations: [
      { id: 2, version: 1, values: { shortName: 'UFM', name: 'Uddannelsesministeriet' } },
      { id: 3, version: 1, values: { shortName: 'CED', name: 'Center for Energidata' } },
    ],
    series: [
      {
        id: 5,
        version: 1,
        values: { target: '2', key: 'main', label: 'I alt', baselineValue: 1234.5 },
      },
    ],
  },
};

async function readBack(language: Language) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeWorkbook(CONTENT, language)) as unknown as ArrayBuffer);
  return workbook;
}

const def = (sheet: SheetDef['sheet']) => SHEET_BY_NAME.get(sheet) as SheetDef;

/** The sheet of a kind of record, by its title in the language. */
const sheetOf = (workbook: ExcelJS.Workbook, sheet: SheetDef['sheet'], language: Language) =>
  workbook.getWorksheet(def(sheet).title[language]) as ExcelJS.Worksheet;

/** The cell of a row (2 is the first record) in a column, by the column's key. */
function cell(sheet: ExcelJS.Worksheet, sheetDef: SheetDef, row: number, key: string) {
  return sheet.getRow(row).getCell(sheetDef.columns.findIndex((c) => c.key === key) + 1);
}

/** The values a list validation's range on the hidden sheet holds. */
function listValues(workbook: ExcelJS.Workbook, validation: ExcelJS.DataValidation): string[] {
  const [, sheetName, column, first, last] = /^'(.+)'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(
    validation.formulae[0] as string,
  ) as RegExpExecArray;
  const sheet = workbook.getWorksheet(sheetName) as ExcelJS.Worksheet;
  const values: string[] = [];
  for (let row = Number(first); row <= Number(last); row++) {
    values.push(sheet.getCell(`${column}${row}`).text);
  }
  return values;
}

describe('the plan’s workbook', () => {
  it('opens with the guide, then a sheet per kind of record, then the hidden lists', async () => {
    const da = await readBack('da');
    expect(da.worksheets.map((s) => s.name)).toEqual([
      'Vejledning',
      ...SHEETS.map((s) => s.title.da),
      'Lister',
    ]);
    expect(da.worksheets.map((s) => s.state)).toEqual([
      ...Array<string>(SHEETS.length + 1).fill('visible'),
      'hidden',
    ]);
    const en = await readBack('en');
    expect(en.worksheets.map((s) => s.name)).toEqual([
      'Guide',
      ...SHEETS.map((s) => s.title.en),
      'Lists',
    ]);
  });

  it('guides in the language, with a bold title, wrapped text and a line per sheet', async () => {
    for (const language of ['da', 'en'] as const) {
      const guide = (await readBack(language)).worksheets[0];
      const title = guide.getCell('A1');
      expect(title.text).toBe(guideLines(language)[0].text);
      expect(title.font.bold).toBe(true);
      expect(guide.getColumn(1).width).toBeGreaterThanOrEqual(80);
      expect(guide.getCell('A2').alignment.wrapText).toBe(true);
      const lines: string[] = [];
      guide.eachRow((row) => lines.push(row.getCell(1).text));
      expect(lines).toContainEqual(expect.stringContaining(ROW_ID_HEADER));
      for (const sheet of SHEETS) {
        const headers = sheet.columns.map((c) => c.header[language]).join(', ');
        expect(lines).toContainEqual(
          expect.stringMatching(new RegExp(`^${sheet.title[language]} – `)),
        );
        expect(lines).toContainEqual(expect.stringContaining(`: ${headers}.`));
      }
    }
    expect(guideLines('da').map((line) => line.text)).toContainEqual(
      expect.stringContaining('»(udledt)«'),
    );
    expect(guideLines('en').map((line) => line.text)).toContainEqual(
      expect.stringContaining('“(inferred)”'),
    );
  });

  it('keeps the guide to the glossary’s words', () => {
    for (const language of ['da', 'en'] as const) {
      const text = guideLines(language)
        .map((line) => `${line.lead ?? ''}${line.text}`)
        .join('\n');
      expect(offGlossary(text, language)).toEqual([]);
    }
  });

  it('heads each sheet with its columns in the language and a hidden id column last', async () => {
    for (const language of ['da', 'en'] as const) {
      const workbook = await readBack(language);
      for (const sheetDef of SHEETS) {
        const sheet = sheetOf(workbook, sheetDef.sheet, language);
        const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
        expect(headers).toEqual([
          ...sheetDef.columns.map((c) => c.header[language]),
          ROW_ID_HEADER,
        ]);
        expect(sheet.getRow(1).font.bold).toBe(true);
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        const idColumn = sheet.getColumn(sheetDef.columns.length + 1);
        expect(idColumn.hidden).toBe(true);
        expect(sheet.getColumn(1).hidden).toBe(false);
      }
    }
  });

  it('writes each row’s id and version as text in the hidden column, none for a new row', async () => {
    const sheet = sheetOf(await readBack('da'), 'milestones', 'da');
    const idColumn = def('milestones').columns.length + 1;
    expect(sheet.getRow(2).getCell(idColumn).value).toBe('7 v1');
    expect(sheet.getRow(2).getCell(idColumn).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(3).getCell(idColumn).value).toBeNull();
    expect(sheet.getRow(3).getCell(2).value).toBe('Ny milepæl');
  });

  it('writes dates as real dates in the language’s format, and numbers as numbers', async () => {
    for (const [language, format] of [
      ['da', 'dd.mm.yyyy'],
      ['en', 'yyyy-mm-dd'],
    ] as const) {
      const workbook = await readBack(language);
      const due = cell(sheetOf(workbook, 'milestones', language), def('milestones'), 2, 'dueDate');
      expect(due.value).toEqual(new Date(Date.UTC(2017, 5, 15)));
      expect(due.numFmt).toBe(format);
      const baseline = cell(
        sheetOf(workbook, 'series', language),
        def('series'),
        2,
        'baselineValue',
      );
      expect(baseline.value).toBe(1234.5);
    }
  });

  it('writes other values as text in the language, a formula-like title as a string', async () => {
    const workbook = await readBack('da');
    const initiatives = sheetOf(workbook, 'initiatives', 'da');
    expect(cell(initiatives, def('initiatives'), 2, 'status').value).toBe('I gang');
    expect(cell(initiatives, def('initiatives'), 2, 'leadOrganisations').value).toBe(
      'UFM (udledt), CED',
    );
    expect(cell(initiatives, def('initiatives'), 2, 'progressOverride').value).toBe(40);
    const title = cell(sheetOf(workbook, 'milestones', 'da'), def('milestones'), 2, 'title');
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe('=1+1');
    expect(title.formula).toBeUndefined();
  });

  it('writes a sheet without rows with its headers only', async () => {
    const sheet = sheetOf(await readBack('en'), 'measurements', 'en');
    expect(sheet.actualRowCount).toBe(1);
  });

  it('offers a status’s labels as a drop-down that still lets a person type', async () => {
    for (const language of ['da', 'en'] as const) {
      const workbook = await readBack(language);
      const sheet = sheetOf(workbook, 'initiatives', language);
      const validation = cell(sheet, def('initiatives'), 2, 'status').dataValidation;
      expect(validation).toMatchObject({
        type: 'list',
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: 'warning',
      });
      expect(validation.error).toMatch(language === 'da' ? /Vælg/ : /pick/);
      expect(listValues(workbook, validation)).toEqual(
        language === 'da'
          ? ['Ikke startet', 'I gang', 'Gennemført', 'Sat i bero', 'Annulleret']
          : ['Not started', 'In progress', 'Completed', 'On hold', 'Cancelled'],
      );
      // Over blank rows below the records too, far enough for new ones.
      expect(cell(sheet, def('initiatives'), 2000, 'status').dataValidation).toEqual(validation);
      expect(cell(sheet, def('initiatives'), 1, 'status').dataValidation).toBeUndefined();
      expect(cell(sheet, def('initiatives'), 2, 'title').dataValidation).toBeUndefined();
    }
  });

  it('reaches 1 000 rows below the last record with its drop-downs', async () => {
    const milestones = Array.from({ length: 1_500 }, (_, i) => ({
      id: i + 1,
      version: 1,
      values: { initiative: 'A.1', title: `Milepæl ${i}`, status: 'planned' },
    }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await writeWorkbook({ rows: { milestones } }, 'en')) as unknown as ArrayBuffer,
    );
    const sheet = sheetOf(workbook, 'milestones', 'en');
    expect(cell(sheet, def('milestones'), 1_501, 'status').text).toBe('Planned');
    expect(cell(sheet, def('milestones'), 2_501, 'status').dataValidation).toBeDefined();
    expect(cell(sheet, def('milestones'), 2_502, 'status').dataValidation).toBeUndefined();
  });

  it('offers the organisations’ short names on a single-organisation column', async () => {
    const workbook = await readBack('da');
    const validation = cell(
      sheetOf(workbook, 'people', 'da'),
      def('people'),
      5,
      'organisation',
    ).dataValidation;
    expect(validation).toMatchObject({ type: 'list', errorStyle: 'information' });
    expect(listValues(workbook, validation)).toEqual(['CED', 'UFM']);
    // A column of several organisations has no drop-down: one pick cannot fill it.
    const initiatives = sheetOf(workbook, 'initiatives', 'da');
    expect(
      cell(initiatives, def('initiatives'), 2, 'leadOrganisations').dataValidation,
    ).toBeUndefined();
  });

  it('offers yes and no on a yes-or-no column', async () => {
    const workbook = await readBack('en');
    const validation = cell(
      sheetOf(workbook, 'people', 'en'),
      def('people'),
      2,
      'active',
    ).dataValidation;
    expect(listValues(workbook, validation)).toEqual(['Yes', 'No']);
  });
});
