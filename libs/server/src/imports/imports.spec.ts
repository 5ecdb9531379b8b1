import ExcelJS from 'exceljs';
import type { ImportPreview } from '@pejling/contracts';
import { SignedInWorld, useSignedInWorld } from '../testing/accounts';
import type { TestApp } from '../testing/test-app';
import { binary } from '../testing/bytes';

async function load(file: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The sheet's rows by header, for editing a workbook as a person would in Excel. */
function table(workbook: ExcelJS.Workbook, name: string) {
  const sheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
  const headers = (sheet.getRow(1).values as string[]).slice(1);
  const column = (header: string) => {
    const n = headers.indexOf(header) + 1;
    if (!n) throw new Error(`no column ${header} in ${name}: ${headers.join(', ')}`);
    return n;
  };
  return {
    sheet,
    column,
    /** The first row whose `header` cell holds `value`. */
    row(header: string, value: unknown): ExcelJS.Row {
      for (let n = 2; n <= sheet.rowCount; n++) {
        const row = sheet.getRow(n);
        if (row.getCell(column(header)).value === value) return row;
      }
      throw new Error(`no row with ${header} = ${String(value)} in ${name}`);
    },
    set(row: ExcelJS.Row, values: Record<string, ExcelJS.CellValue>) {
      for (const [header, value] of Object.entries(values))
        row.getCell(column(header)).value = value;
    },
    add(values: Record<string, ExcelJS.CellValue>) {
      const row = sheet.addRow([]);
      this.set(row, values);
      return row;
    },
  };
}

describe('a plan in a workbook and back', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });

  const as = (account: keyof SignedInWorld['accounts'] = 'secretariat') =>
    w.accounts[account].agent;
  const exported = async (strategyId = w.strategies.klynge.id, lang = 'da') =>
    (
      await as()
        .get(`/api/strategies/${strategyId}/workbook.xlsx`)
        .query({ lang })
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;
  const preview = async (file: Buffer, name: string, strategyId?: number) => {
    const req = as().post('/api/imports');
    if (strategyId !== undefined) req.field('strategyId', String(strategyId));
    return req.attach('file', file, name);
  };
  const previewed = async (file: Buffer, strategyId?: number): Promise<ImportPreview> => {
    const res = await preview(file, 'plan.xlsx', strategyId);
    expect({ status: res.status, body: res.body }).toEqual({ status: 201, body: res.body });
    return res.body;
  };

  it('takes back an unchanged export as no change at all', async () => {
    const result = await previewed(await exported(), w.strategies.klynge.id);
    expect(result.errors).toEqual([]);
    expect([...result.changes, ...result.sharedChanges]).toEqual([]);
    expect(result.summary).toMatchObject({ create: 0, update: 0, conflicts: 0, errors: 0 });
    expect(result.summary.unchanged).toBeGreaterThan(10);
  });

  it('sees an edited due date and an added milestone row as one update and one create, and applies them', async () => {
    const workbook = await load(await exported());
    const sheet = workbook.getWorksheet('Milepæle') as ExcelJS.Worksheet;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    const column = (header: string) => headers.indexOf(header) + 1;
    const workshopRow = [...Array(sheet.rowCount).keys()]
      .map((i) => sheet.getRow(i + 1))
      .find(
        (row) => row.getCell(column('Titel')).value === w.milestones.workshop.title,
      ) as ExcelJS.Row;
    workshopRow.getCell(column('Frist')).value = new Date(Date.UTC(2017, 8, 30));
    const added = sheet.addRow([]);
    added.getCell(column('Initiativ')).value = 'A.1';
    added.getCell(column('Titel')).value = 'Ny milepæl fra regnearket';
    added.getCell(column('Frist')).value = '15.10.2017';

    const result = await previewed(await save(workbook), w.strategies.klynge.id);
    expect(result.errors).toEqual([]);
    expect(result.summary).toMatchObject({ create: 1, update: 1, conflicts: 0 });
    const update = result.changes.find((c) => c.action === 'update');
    expect(update).toMatchObject({
      sheet: 'milestones',
      recordId: w.milestones.workshop.id,
      fields: [{ field: 'dueDate', label: 'Frist', after: '30.09.2017' }],
    });

    const applied = await as().post(`/api/imports/${result.id}/apply`).send({}).expect(200);
    expect(applied.body).toMatchObject({ state: 'applied', created: 1, updated: 1, deleted: 0 });
    const workshop = await as().get(`/api/milestones/${w.milestones.workshop.id}`).expect(200);
    expect(workshop.body.dueDate).toBe('2017-09-30');
    const made = await as()
      .get('/api/milestones')
      .query({ filter: JSON.stringify({ q: 'Ny milepæl fra regnearket' }) })
      .expect(200);
    expect(made.body).toMatchObject([{ initiativeId: w.initiatives.a1.id, dueDate: '2017-10-15' }]);
    const history = await t.dataSource.query(
      `SELECT resource, action, person_name FROM audit_events WHERE resource = 'milestones' ORDER BY id DESC LIMIT 2`,
    );
    expect(history).toEqual([
      { resource: 'milestones', action: 'create', person_name: expect.any(String) },
      { resource: 'milestones', action: 'update', person_name: expect.any(String) },
    ]);
  });

  /** The export, edited in place by `edit`. */
  const edited = async (edit: (workbook: ExcelJS.Workbook) => void) => {
    const workbook = await load(await exported());
    edit(workbook);
    return save(workbook);
  };
  const apply = (id: number, body: object = {}) => as().post(`/api/imports/${id}/apply`).send(body);
  const milestoneCount = async () =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM milestones'))[0].n as number;

  it('lets only the secretariat import, and the secretariat and the steering group download', async () => {
    const file = await exported();
    for (const account of ['steering', 'anna'] as const) {
      await as(account).post('/api/imports').attach('file', file, 'plan.xlsx').expect(403);
    }
    const result = await previewed(file, w.strategies.klynge.id);
    for (const account of ['steering', 'anna'] as const) {
      await as(account).get(`/api/imports/${result.id}`).expect(403);
      await as(account).post(`/api/imports/${result.id}/apply`).send({}).expect(403);
    }
    await as('steering').get(`/api/strategies/${w.strategies.klynge.id}/workbook.xlsx`).expect(200);
    await as('anna').get(`/api/strategies/${w.strategies.klynge.id}/workbook.xlsx`).expect(403);
    await as('anna').get('/api/strategies/template.xlsx').expect(403);
    await as().get('/api/strategies/9999/workbook.xlsx').expect(404);
  });

  it('shows a changed code as a rename of the record the hidden id names', async () => {
    const file = await edited((workbook) => {
      const initiatives = table(workbook, 'Initiativer');
      initiatives.set(initiatives.row('Kode', 'A.2'), { Kode: 'A.9' });
    });
    const result = await previewed(file, w.strategies.klynge.id);
    expect(result.errors).toEqual([]);
    expect(result.changes).toEqual([
      expect.objectContaining({
        action: 'update',
        recordId: w.initiatives.a2.id,
        key: 'A.9',
        renamedFrom: 'A.2',
        fields: [{ field: 'code', label: 'Kode', before: 'A.2', after: 'A.9' }],
      }),
    ]);
  });

  it('names a duplicated id, a duplicated code and an unknown organisation as errors, and applies nothing', async () => {
    const file = await edited((workbook) => {
      const initiatives = table(workbook, 'Initiativer');
      const a1 = initiatives.row('Kode', 'A.1');
      const copy = initiatives.add({ Kode: 'A.7', Indsatsområde: 'A', Titel: 'Kopi' });
      copy.getCell(initiatives.column('Pejling-id')).value = a1.getCell(
        initiatives.column('Pejling-id'),
      ).value;
      initiatives.add({ Kode: 'A.2', Indsatsområde: 'A', Titel: 'Dobbelt' });
      initiatives.set(a1, { 'Ansvarlige organisationer': 'UFN' });
    });
    const result = await previewed(file, w.strategies.klynge.id);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: 'initiatives',
          message: expect.stringContaining('Pejling-id'),
        }),
        expect.objectContaining({ column: 'Kode', message: expect.stringContaining('"A.2"') }),
        expect.objectContaining({
          column: 'Ansvarlige organisationer',
          message: expect.stringContaining('UFN'),
          suggestion: 'UFM',
        }),
      ]),
    );
    const before = await milestoneCount();
    const res = await apply(result.id).expect(400);
    expect(res.body.message).toContain('errors');
    expect(await milestoneCount()).toBe(before);
  });

  it('answers 409 for a row of a record changed since its export, listing it, and writes nothing', async () => {
    const file = await edited((workbook) => {
      const milestones = table(workbook, 'Milepæle');
      milestones.set(milestones.row('Titel', w.milestones.workshop.title), {
        Titel: 'Workshop, ny titel',
      });
      milestones.add({ Initiativ: 'A.1', Titel: 'Også ny', Frist: '1.2.2018' });
    });
    const workshop = (await as().get(`/api/milestones/${w.milestones.workshop.id}`)).body;
    await as()
      .put(`/api/milestones/${workshop.id}`)
      .send({ ...workshop, description: 'Ændret imens' })
      .expect(200);
    const result = await previewed(file, w.strategies.klynge.id);
    expect(result.conflicts).toEqual([
      expect.objectContaining({
        sheet: 'milestones',
        recordId: workshop.id,
        versionRead: workshop.version,
        versionNow: workshop.version + 1,
      }),
    ]);
    const before = await milestoneCount();
    const res = await apply(result.id).expect(409);
    expect(res.body.conflicts).toHaveLength(1);
    expect(await milestoneCount()).toBe(before);
  });

  it('answers 409 when a record the preview changes is changed before it is applied', async () => {
    const file = await edited((workbook) => {
      const milestones = table(workbook, 'Milepæle');
      milestones.set(milestones.row('Titel', w.milestones.rapport.title), { Status: 'Forsinket' });
    });
    const result = await previewed(file, w.strategies.klynge.id);
    expect(result.summary).toMatchObject({ update: 1, conflicts: 0, errors: 0 });
    const rapport = (await as().get(`/api/milestones/${w.milestones.rapport.id}`)).body;
    await as()
      .put(`/api/milestones/${rapport.id}`)
      .send({ ...rapport, title: 'Ændret efter forhåndsvisningen' })
      .expect(200);
    const res = await apply(result.id).expect(409);
    expect(res.body.conflicts).toEqual([
      expect.objectContaining({ recordId: rapport.id, versionNow: rapport.version + 1 }),
    ]);
    const after = (await as().get(`/api/milestones/${rapport.id}`)).body;
    expect(after.status).toBe(rapport.status);
  });

  it('lists a removed row as not in the file, keeps it, and deletes it only when the apply request names it', async () => {
    const file = await edited((workbook) => {
      const milestones = table(workbook, 'Milepæle');
      milestones.sheet.spliceRows(milestones.row('Titel', w.milestones.rapport.title).number, 1);
    });
    const kept = await previewed(file, w.strategies.klynge.id);
    expect(kept.notInFile).toEqual([
      expect.objectContaining({ sheet: 'milestones', recordId: w.milestones.rapport.id }),
    ]);
    expect(kept.summary).toMatchObject({ create: 0, update: 0, notInFile: 1 });
    await apply(kept.id).expect(200);
    await as().get(`/api/milestones/${w.milestones.rapport.id}`).expect(200);

    const chosen = await previewed(file, w.strategies.klynge.id);
    await apply(chosen.id, { delete: [{ sheet: 'milestones', id: 99999 }] }).expect(400);
    const res = await apply(chosen.id, {
      delete: [{ sheet: 'milestones', id: w.milestones.rapport.id }],
    }).expect(200);
    expect(res.body).toMatchObject({ deleted: 1 });
    await as().get(`/api/milestones/${w.milestones.rapport.id}`).expect(404);
    await apply(chosen.id).expect(409);
  });

  it('applies a change of a person’s role or e-mail only when the apply request confirms it', async () => {
    const file = await edited((workbook) => {
      const people = table(workbook, 'Personer');
      people.set(people.row('E-mail', w.people.carl.email), { Rolle: 'Sekretariat' });
    });
    const result = await previewed(file, w.strategies.klynge.id);
    expect(result.changes).toEqual([]);
    expect(result.sharedChanges).toEqual([
      expect.objectContaining({
        sheet: 'people',
        key: w.people.carl.email,
        needsConfirmation: true,
        fields: [
          expect.objectContaining({ field: 'role', before: 'Initiativejer', after: 'Sekretariat' }),
        ],
      }),
    ]);
    const res = await apply(result.id).expect(400);
    expect(res.body.message).toContain(w.people.carl.email);
    expect((await as().get(`/api/people/${w.people.carl.id}`)).body.role).not.toBe('secretariat');
    await apply(result.id, { confirm: [w.people.carl.email] }).expect(200);
    expect((await as().get(`/api/people/${w.people.carl.id}`)).body.role).toBe('secretariat');
  });

  it('reads one sheet from a CSV as Danish Excel writes it: semicolons, Windows-1252, Danish dates', async () => {
    const ms = (await as().get(`/api/milestones/${w.milestones.workshop.id}`)).body;
    const csv = Buffer.from(
      `Initiativ;Titel;Frist;Pejling-id\r\nA.1;${ms.title};31-12-2017;${ms.id} v${ms.version}\r\nA.1;Møde på Ærø;15/6/2018;\r\n`,
      'latin1',
    );
    const res = await preview(csv, 'Milepæle.csv', w.strategies.klynge.id);
    expect(res.status).toBe(201);
    expect(res.body.errors).toEqual([]);
    expect(res.body.changes).toEqual([
      expect.objectContaining({
        action: 'update',
        fields: [expect.objectContaining({ field: 'dueDate', after: '31.12.2017' })],
      }),
      expect.objectContaining({ action: 'create', key: expect.stringContaining('Møde på Ærø') }),
    ]);
    // The CSV holds two of the strategy's milestones: the others are not in the file.
    expect(res.body.notInFile).toEqual([
      expect.objectContaining({ recordId: w.milestones.rapport.id }),
      expect.objectContaining({ recordId: w.milestones.messe.id }),
    ]);
  });

  it('makes a new strategy from a filled-in template', async () => {
    const template = (
      await as().get('/api/strategies/template.xlsx').buffer(true).parse(binary).expect(200)
    ).body as Buffer;
    const workbook = await load(template);
    table(workbook, 'Strategi').add({
      Navn: 'Strategi fra skabelonen',
      'Periodens start': '01.01.2020',
      'Periodens slut': '31.12.2022',
    });
    table(workbook, 'Indsatsområder').add({ Kode: 'A', Titel: 'Et område' });
    table(workbook, 'Initiativer').add({
      Kode: 'A.1',
      Indsatsområde: 'A',
      Titel: 'Et initiativ',
      'Ansvarlige organisationer': `${w.organisations.ufm.shortName}, ${w.organisations.ced.name} (udledt)`,
    });
    table(workbook, 'Milepæle').add({
      Initiativ: 'A.1',
      Titel: 'Første skridt',
      Frist: '2020-03-01',
    });
    const result = await previewed(await save(workbook));
    expect(result.errors).toEqual([]);
    expect(result.summary).toMatchObject({ create: 4, update: 0, notInFile: 0 });
    const res = await apply(result.id).expect(200);
    const [initiative] = (
      await as()
        .get('/api/initiatives')
        .query({ filter: JSON.stringify({ strategyId: res.body.strategyId }) })
        .expect(200)
    ).body;
    expect(initiative).toMatchObject({
      code: 'A.1',
      leadOrganisationIds: [w.organisations.ufm.id, w.organisations.ced.id],
      inferredLeadOrganisationIds: [w.organisations.ced.id],
    });
  });

  it('refuses what is not a spreadsheet, and a file over the limit with 413', async () => {
    const res = await preview(Buffer.from('%PDF-1.4 not a plan'), 'plan.xlsx');
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/regneark|spreadsheet/i);
    const huge = Buffer.alloc(21 * 1024 * 1024, 'a');
    expect((await preview(huge, 'plan.csv')).status).toBe(413);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM imports'))[0].n).toBe(0);
  });

  it('shows a preview again, and refuses to apply it once it has expired (410)', async () => {
    const result = await previewed(await exported(), w.strategies.klynge.id);
    const again = await as().get(`/api/imports/${result.id}`).expect(200);
    expect(again.body).toEqual(result);
    await t.dataSource.query(`UPDATE imports SET expires_at = now() - interval '1 minute'`);
    expect((await as().get(`/api/imports/${result.id}`)).body.state).toBe('expired');
    await apply(result.id).expect(410);
    await as().get('/api/imports/999').expect(404);
  });

  it('finds at the preview what the records’ own rules refuse, in Danish, naming row and column', async () => {
    const file = await edited((workbook) => {
      const initiatives = table(workbook, 'Initiativer');
      initiatives.add({ Kode: 'B.5', Indsatsområde: 'A', Titel: 'Forkert bogstav' });
      initiatives.add({ Kode: 'A.8', Indsatsområde: 'A', Titel: 'x'.repeat(501) });
      const milestones = table(workbook, 'Milepæle');
      milestones.add({
        Initiativ: 'A.1',
        Titel: 'Færdig i fremtiden',
        Frist: '01.05.2017',
        Status: 'Færdig',
        'Færdig den': '01.07.2017',
      });
    });
    const result = await previewed(file, w.strategies.klynge.id);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: 'initiatives',
          column: 'Kode',
          message: 'koden skal begynde med indsatsområdets bogstav, som i A.1',
        }),
        expect.objectContaining({
          sheet: 'initiatives',
          column: 'Titel',
          message: 'højst 500 tegn',
        }),
        expect.objectContaining({
          sheet: 'milestones',
          column: 'Færdig den',
          message: 'kan ikke ligge efter i dag (2017-06-15)',
        }),
      ]),
    );
    expect(result.errors).toHaveLength(3);
  });
});
