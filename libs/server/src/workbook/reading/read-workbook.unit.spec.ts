import { MAX_IMPORT_ROWS, type Language, type WorkbookSheet } from '@pejling/contracts';
import ExcelJS from 'exceljs';
import { EXPORT_LABELS } from '../../export/export-labels';
import { toCsv, toXlsx, type Table } from '../../export/table-files';
import { ENCRYPTED_DOCX, zip } from '../../testing/sample-files';
import { ROW_ID_HEADER, SHEET_BY_NAME, type SheetDef } from '../sheets';
import { readWorkbook, UnreadableFile, type ReadResult } from './read-workbook';

const def = (sheet: WorkbookSheet): SheetDef => {
  const found = SHEET_BY_NAME.get(sheet);
  if (!found) throw new Error(sheet);
  return found;
};
/** A column's header in a language. */
const h = (sheet: WorkbookSheet, key: string, language: Language = 'da'): string => {
  const column = def(sheet).columns.find((c) => c.key === key);
  if (!column) throw new Error(`${sheet}.${key}`);
  return column.header[language];
};

interface SheetSpec {
  name: string;
  rows: ExcelJS.CellValue[][];
  edit?: (sheet: ExcelJS.Worksheet) => void;
}

/** An .xlsx workbook of these sheets, written by exceljs as Excel would save it. */
async function xlsx(...sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows, edit } of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
    edit?.(sheet);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const read = (file: Buffer, fileName = 'plan.xlsx', language: Language = 'da') =>
  readWorkbook(file, fileName, language);
const csv = (text: string, fileName: string, language: Language = 'da') =>
  readWorkbook(Buffer.from(text, 'utf8'), fileName, language);
const sheetOf = (result: ReadResult, sheet: WorkbookSheet) => {
  const found = result.sheets.find((s) => s.def.sheet === sheet);
  if (!found) throw new Error(`no ${sheet} in ${JSON.stringify(result.errors)}`);
  return found;
};
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('an .xlsx workbook read back', () => {
  it('reads a sheet with Danish headers into canonical values, with each row id and version', async () => {
    const keys = [
      'code',
      'focusArea',
      'title',
      'description',
      'leadOrganisations',
      'partnerOrganisations',
      'responsiblePeople',
      'startDate',
      'endDate',
      'status',
      'health',
      'progressOverride',
    ];
    const file = await xlsx({
      name: 'Initiativer',
      rows: [
        [...keys.map((key) => h('initiatives', key)), ROW_ID_HEADER],
        [
          'A.1',
          'A',
          ' Rent vand ',
          { richText: [{ text: 'Vand ', font: { bold: true } }, { text: 'til alle' }] },
          'UFM (udledt), CED',
          null,
          'anna@example.dk; bo@example.dk',
          day(2017, 1, 1),
          '31.12.2020',
          'I gang',
          'Grøn',
          50,
          '12 v3',
        ],
        ['A.2', 'A', 'Luft', null, null, null, null, null, null, 'Ikke startet', null, null, null],
      ],
    });
    expect(await read(file)).toEqual({
      sheets: [
        {
          def: def('initiatives'),
          columns: keys,
          rows: [
            {
              row: 2,
              rowId: { id: 12, version: 3 },
              values: {
                code: 'A.1',
                focusArea: 'A',
                title: 'Rent vand',
                description: 'Vand til alle',
                leadOrganisations: [
                  { key: 'UFM', inferred: true },
                  { key: 'CED', inferred: false },
                ],
                partnerOrganisations: null,
                responsiblePeople: ['anna@example.dk', 'bo@example.dk'],
                startDate: '2017-01-01',
                endDate: '2020-12-31',
                status: 'in_progress',
                health: 'green',
                progressOverride: 50,
              },
            },
            {
              row: 3,
              rowId: null,
              values: expect.objectContaining({
                code: 'A.2',
                title: 'Luft',
                status: 'not_started',
              }),
            },
          ],
        },
      ],
      errors: [],
    });
  });

  it('reads English titles and headers, in any case and spacing; a column may be absent', async () => {
    const file = await xlsx({
      name: ' MILESTONES ',
      rows: [
        [
          'initiative',
          '  TITLE ',
          ` ${h('milestones', 'dueDate', 'en').toUpperCase().replace(' ', '   ')}`,
          'Status',
        ],
        ['A.1', 'Kick-off', day(2017, 6, 15), 'Done'],
      ],
    });
    const milestones = sheetOf(await read(file, 'plan.xlsx', 'en'), 'milestones');
    expect(milestones.columns).toEqual(['initiative', 'title', 'dueDate', 'status']);
    expect(milestones.rows).toEqual([
      {
        row: 2,
        rowId: null,
        values: { initiative: 'A.1', title: 'Kick-off', dueDate: '2017-06-15', status: 'done' },
      },
    ]);
  });

  it('reads every known sheet, skips the guide and the lists sheet, and reports an unknown one', async () => {
    const result = await read(
      await xlsx(
        { name: 'Vejledning', rows: [['Sådan bruger du arket']] },
        { name: 'Strategi', rows: [['Navn'], ['Plan 2030']] },
        { name: 'Milepæl', rows: [['Titel'], ['x']] },
        { name: 'Noter', rows: [['Husk']] },
        { name: 'Lister', rows: [['Ja', 'Nej']] },
      ),
    );
    expect(result.sheets.map((s) => s.def.sheet)).toEqual(['strategy']);
    expect(result.errors).toEqual([
      {
        sheet: null,
        sheetLabel: 'Milepæl',
        row: null,
        column: null,
        message: expect.stringMatching(
          /^Arket »Milepæl« kendes ikke og læses ikke\. Pejling læser arkene »Strategi«, »Indsatsområder«.* og »Målinger«\.$/,
        ),
        suggestion: 'Milepæle',
      },
      {
        sheet: null,
        sheetLabel: 'Noter',
        row: null,
        column: null,
        message: expect.stringContaining('»Noter« kendes ikke'),
      },
    ]);
  });

  it('reads a sheet once when it is there in both languages', async () => {
    const result = await read(
      await xlsx(
        { name: 'Milepæle', rows: [['Titel'], ['a']] },
        { name: 'Milestones', rows: [['Title'], ['b']] },
      ),
      'plan.xlsx',
      'en',
    );
    expect(result.sheets).toHaveLength(1);
    expect(result.sheets[0].rows[0].values).toEqual({ title: 'a' });
    expect(result.errors).toEqual([
      expect.objectContaining({
        sheetLabel: 'Milestones',
        message:
          'The sheet “Milestones” is the same sheet as “Milepæle” and is not read: only “Milepæle” is.',
      }),
    ]);
  });

  it('reports an unknown column, with the closest header as suggestion, and does not read it', async () => {
    const result = await read(
      await xlsx({
        name: 'Milepæle',
        rows: [
          ['Titl', 'Farve', 'Beskrivelse'],
          ['Møde', 'blå', 'Om vand'],
        ],
      }),
    );
    expect(result.errors).toEqual([
      {
        sheet: 'milestones',
        sheetLabel: 'Milepæle',
        row: 1,
        column: 'Titl',
        message: expect.stringMatching(
          /^Kolonnen »Titl« kendes ikke i dette ark og læses ikke\. Arkets kolonner er »Initiativ«, »Titel«/,
        ),
        suggestion: 'Titel',
      },
      {
        sheet: 'milestones',
        sheetLabel: 'Milepæle',
        row: 1,
        column: 'Farve',
        message: expect.stringContaining('»Farve« kendes ikke'),
      },
    ]);
    expect(sheetOf(result, 'milestones')).toEqual(
      expect.objectContaining({
        columns: ['description'],
        rows: [{ row: 2, rowId: null, values: { description: 'Om vand' } }],
      }),
    );
  });

  it('reports a header that is there twice, in either language, and reads the first', async () => {
    const result = await read(
      await xlsx({
        name: 'Milepæle',
        rows: [
          ['Titel', 'Title', 'Titel'],
          ['a', 'b', 'c'],
        ],
      }),
    );
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [1, 'Title', 'Kolonnen »Title« findes flere gange i arket: kun den første læses.'],
      [1, 'Titel', 'Kolonnen »Titel« findes flere gange i arket: kun den første læses.'],
    ]);
    expect(sheetOf(result, 'milestones').rows[0].values).toEqual({ title: 'a' });
  });

  it('reports a column with values but no header', async () => {
    const result = await read(
      await xlsx({
        name: 'Milepæle',
        rows: [
          ['Titel', null, null],
          ['a', null, 'noter'],
        ],
      }),
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 1,
        column: 'C',
        message: expect.stringContaining('Kolonne C har ingen overskrift'),
      }),
    ]);
  });

  it('reports merged cells by their range, at their first row', async () => {
    const result = await read(
      await xlsx({
        name: 'Milepæle',
        rows: [
          ['Initiativ', 'Titel'],
          ['A.1', 'Møde'],
          ['A.1', 'Seminar'],
        ],
        edit: (sheet) => sheet.mergeCells('A2:A3'),
      }),
    );
    expect(result.errors).toEqual([
      {
        sheet: 'milestones',
        sheetLabel: 'Milepæle',
        row: 2,
        column: null,
        message:
          'Cellerne A2:A3 er flettet: ophæv fletningen, og skriv værdien i hver af cellerne.',
      },
    ]);
    // The merged range's value is its first cell's only.
    expect(sheetOf(result, 'milestones').rows.map((r) => r.values.initiative)).toEqual([
      'A.1',
      null,
    ]);
  });

  it("uses a formula's calculated value, and reports a formula without one or an error value", async () => {
    const result = await read(
      await xlsx({
        name: 'Målinger',
        rows: [
          ['Pejlemærke', 'År', 'Værdi', 'Kilde'],
          [
            1,
            { formula: '2016+1', result: 2017 },
            { formula: 'A2*10', result: 10.5 },
            { formula: 'A2&""' },
          ],
          [1, 2018, { error: '#N/A' }, { formula: 'A3&"x"', result: '1x' }],
        ],
      }),
    );
    expect(sheetOf(result, 'measurements').rows).toEqual([
      { row: 2, rowId: null, values: { target: '1', year: 2017, value: 10.5 } },
      { row: 3, rowId: null, values: { target: '1', year: 2018, source: '1x' } },
    ]);
    expect(result.errors).toEqual([
      {
        sheet: 'measurements',
        sheetLabel: 'Målinger',
        row: 2,
        column: 'Kilde',
        message: expect.stringContaining('formel uden beregnet værdi'),
      },
      {
        sheet: 'measurements',
        sheetLabel: 'Målinger',
        row: 3,
        column: 'Værdi',
        message: 'Cellen har fejlværdien #N/A: ret formlen, eller skriv værdien.',
      },
    ]);
  });

  it("reads a hyperlink's text and a date cell's date", async () => {
    const result = await read(
      await xlsx({
        name: 'Milepæle',
        rows: [
          ['Titel', h('milestones', 'dueDate')],
          [{ text: 'Referat', hyperlink: 'https://example.dk/referat' }, day(2017, 6, 15)],
        ],
      }),
    );
    expect(sheetOf(result, 'milestones').rows[0].values).toEqual({
      title: 'Referat',
      dueDate: '2017-06-15',
    });
  });

  it('leaves a wrong value out of its row and reports it where it is, in the language', async () => {
    const header = ['Title', h('milestones', 'dueDate', 'en'), 'Status'];
    const result = await read(
      await xlsx({ name: 'Milestones', rows: [header, ['Møde', '6/15/2017', 'Dne']] }),
      'plan.xlsx',
      'en',
    );
    expect(sheetOf(result, 'milestones').rows[0].values).toEqual({ title: 'Møde' });
    expect(result.errors).toEqual([
      {
        sheet: 'milestones',
        sheetLabel: 'Milestones',
        row: 2,
        column: h('milestones', 'dueDate', 'en'),
        message: expect.stringContaining('month before the day'),
        suggestion: '2017-06-15',
      },
      {
        sheet: 'milestones',
        sheetLabel: 'Milestones',
        row: 2,
        column: 'Status',
        message: expect.stringContaining('is not one of the possible values: “Planned”'),
        suggestion: 'Done',
      },
    ]);
  });

  it("names the column by the importer's language whatever language the sheet is in", async () => {
    const result = await read(
      await xlsx({
        name: 'Milestones',
        rows: [
          ['Title', h('milestones', 'dueDate', 'en')],
          ['x', 'snart'],
        ],
      }),
    );
    expect(result.errors).toEqual([
      expect.objectContaining({ sheetLabel: 'Milepæle', column: h('milestones', 'dueDate', 'da') }),
    ]);
  });

  it('skips empty rows, also those with only an id or an ignored column left', async () => {
    const result = await read(
      await xlsx({
        name: 'Milepæle',
        rows: [
          ['Titel', ROW_ID_HEADER, 'Overskredet'],
          ['a', '1 v1', 'Nej'],
          ['   ', '2 v1', null],
          [],
          [null, null, 'Ja'],
          ['b', null, null],
        ],
      }),
    );
    expect(sheetOf(result, 'milestones').rows.map((r) => [r.row, r.values.title])).toEqual([
      [2, 'a'],
      [6, 'b'],
    ]);
  });

  it('reports a row id that Pejling did not write', async () => {
    const result = await read(
      await xlsx({
        name: 'Milepæle',
        rows: [
          ['Titel', ROW_ID_HEADER],
          ['a', 'tolv'],
          ['b', 7],
        ],
      }),
    );
    expect(sheetOf(result, 'milestones').rows.map((r) => r.rowId)).toEqual([
      null,
      { id: 7, version: null },
    ]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: ROW_ID_HEADER,
        message: expect.stringContaining('»tolv«'),
      }),
    ]);
  });

  it('refuses a workbook whose parts are not a workbook', async () => {
    const file = zip([
      {
        name: '[Content_Types].xml',
        data: '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      },
      { name: 'xl/workbook.xml', data: 'ikke xml' },
    ]);
    await expect(read(file)).rejects.toThrow(
      new UnreadableFile(
        'Filen er beskadiget og kan ikke læses: gem den igen i Excel, og prøv igen.',
      ),
    );
  });

  it('refuses an encrypted workbook', async () => {
    await expect(read(ENCRYPTED_DOCX, 'plan.xlsx', 'en')).rejects.toThrow(UnreadableFile);
  });
});

describe('a CSV file', () => {
  it('is the sheet its name is the title of, in either language, whatever its headers', async () => {
    for (const name of [
      'Milepæle.csv',
      'milestones.CSV',
      'C:\\Users\\anna\\MILEPÆLE.csv',
      'Milepæle',
    ]) {
      const result = await csv('Titel;Farve\nMøde;blå\n', name);
      expect(result.sheets.map((s) => s.def.sheet)).toEqual(['milestones']);
      expect(result.errors).toEqual([expect.objectContaining({ column: 'Farve' })]);
    }
  });

  it('is the sheet whose columns have its headers when its name is none', async () => {
    const result = await csv(
      'Forkortelse,Navn,Type\nUFM,Uddannelses- og Forskningsministeriet,Ministerium\n',
      'eksport.csv',
    );
    expect(result.sheets[0].def.sheet).toBe('organisations');
    expect(result.sheets[0].rows[0].values).toEqual(
      expect.objectContaining({ shortName: 'UFM', name: 'Uddannelses- og Forskningsministeriet' }),
    );
  });

  it('asks for the file to be named after its sheet when its headers fit several', async () => {
    const result = await csv('Kode;Titel\nA;Vand\n', 'eksport.csv');
    expect(result).toEqual({
      sheets: [],
      errors: [
        {
          sheet: null,
          sheetLabel: null,
          row: null,
          column: null,
          message:
            'Filens kolonner passer til flere ark (»Indsatsområder« og »Initiativer«): giv filen arkets navn, fx »Indsatsområder.csv«.',
        },
      ],
    });
  });

  it('asks for the file to be named after its sheet when no sheet has its headers', async () => {
    const result = await csv('Farve,Form\nblå,rund\n', 'eksport.csv', 'en');
    expect(result.sheets).toEqual([]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(
          'name the file after the sheet, “Strategy.csv”, “Focus areas.csv”',
        ),
      }),
    ]);
  });

  it('reads Windows-1252 with semicolons, quoted line breaks and the hidden id', async () => {
    const text = `Titel;Beskrivelse;${ROW_ID_HEADER}\r\nMøde på Ærø;"Første linje;\r\nanden linje";4 v2\r\n`;
    const result = await readWorkbook(Buffer.from(text, 'latin1'), 'Milepæle.csv', 'da');
    expect(sheetOf(result, 'milestones').rows).toEqual([
      {
        row: 2,
        rowId: { id: 4, version: 2 },
        values: { title: 'Møde på Ærø', description: 'Første linje;\r\nanden linje' },
      },
    ]);
  });
});

describe("Pejling's own list exports, imported as they are", () => {
  const milestones = (language: Language): Table => {
    const l = EXPORT_LABELS[language];
    return {
      title: l.milestones,
      headers: [
        l.id,
        l.initiativeCode,
        l.initiativeTitle,
        l.focusArea,
        l.title,
        l.description,
        l.dueDate,
        l.responsiblePerson,
        l.status,
        l.completedOn,
        l.overdue,
      ],
      rows: [
        [
          7,
          'A.1',
          'Rent vand',
          'A Vand',
          '=Kick-off',
          null,
          { date: '2017-06-15' },
          'Anna Hansen',
          l.milestoneStatus.done,
          { date: '2017-06-14' },
          l.no,
        ],
      ],
    };
  };
  const expected = {
    row: 2,
    rowId: { id: 7, version: null },
    values: {
      initiative: 'A.1',
      title: '=Kick-off',
      description: null,
      dueDate: '2017-06-15',
      responsiblePerson: 'Anna Hansen',
      status: 'done',
      completedOn: '2017-06-14',
    },
  };

  it.each(['da', 'en'] as const)(
    'reads the milestones CSV (%s): its ID, and past its initiative title, focus area and overdue columns',
    async (language) => {
      const result = await readWorkbook(
        toCsv(milestones(language)),
        'pejling-milestones.csv',
        language,
      );
      expect(result.errors).toEqual([]);
      expect(sheetOf(result, 'milestones').rows).toEqual([expected]);
    },
  );

  it('reads the milestones .xlsx the same', async () => {
    const file = await toXlsx(milestones('da'), 'dd-mm-yyyy');
    const result = await readWorkbook(file, 'pejling-milestones.xlsx', 'da');
    expect(result.errors).toEqual([]);
    expect(sheetOf(result, 'milestones').rows).toEqual([expected]);
  });

  it('reads the initiatives list past its computed progress', async () => {
    const l = EXPORT_LABELS.en;
    const table: Table = {
      title: l.initiatives,
      headers: [l.code, l.title, l.focusArea, l.progress, l.status],
      rows: [['A.1', 'Rent vand', 'A Vand', 40, l.initiativeStatus.in_progress]],
    };
    const result = await readWorkbook(toCsv(table), 'pejling-initiatives.csv', 'en');
    expect(result.errors).toEqual([]);
    expect(sheetOf(result, 'initiatives').rows[0].values).toEqual({
      code: 'A.1',
      title: 'Rent vand',
      focusArea: 'A Vand',
      status: 'in_progress',
    });
  });
});

describe('the number of rows', () => {
  const rows = (count: number) => `Titel\n${'Møde\n'.repeat(count)}\n\n`;

  it(`reads ${MAX_IMPORT_ROWS} rows, empty ones not counted`, async () => {
    const result = await csv(rows(MAX_IMPORT_ROWS), 'Milepæle.csv');
    expect(result.sheets[0].rows).toHaveLength(MAX_IMPORT_ROWS);
  });

  it('refuses a file of more rows, naming how many', async () => {
    await expect(csv(rows(MAX_IMPORT_ROWS + 1), 'Milepæle.csv')).rejects.toThrow(
      new UnreadableFile(
        'Filen har 50.001 rækker; Pejling læser højst 50.000 rækker i én indlæsning.',
      ),
    );
  });
});
