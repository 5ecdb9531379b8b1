import ExcelJS from 'exceljs';
import request from 'supertest';
import type { ImportPreview } from '@pejling/contracts';
import { seedDemo, seedPlan } from '../app/seed/seeder';
import { hashPassword } from '../auth/passwords';
import { signIn } from '../testing/accounts';
import { createTestApp, type TestApp } from '../testing/test-app';
import { ROW_ID_HEADER } from '../workbook/sheets';
import { binary } from '../testing/bytes';

const PASSWORD = 'reload-the-plan-2017';
const SECRETARIAT = 'sekretariat@demo.pejling.dk';

/** Every sheet's cells as text, without the column of ids and versions. */
async function visibleCells(file: Buffer): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheets: Record<string, string[][]> = {};
  for (const sheet of workbook.worksheets) {
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const idColumn = headers.indexOf(ROW_ID_HEADER);
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const cells = (row.values as unknown[])
        .slice(1)
        .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v ?? null)));
      rows.push(idColumn < 0 ? cells : cells.filter((_, i) => i !== idColumn));
    });
    sheets[sheet.name] = rows;
  }
  return sheets;
}

describe('Klyngestrategi 2.0 moved to an empty installation through its workbook', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function exportPlan(agent: request.Agent): Promise<Buffer> {
    const [{ id }] = await t.dataSource.query('SELECT id FROM strategies');
    const res = await agent
      .get(`/api/strategies/${id}/workbook.xlsx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    return res.body;
  }

  it('loads from the workbook an installation with it exports, and exports the same again', async () => {
    await t.truncate();
    await seedPlan(t.dataSource);
    await seedDemo(t.dataSource, { demoPassword: PASSWORD });
    const first = await exportPlan(await signIn(t, SECRETARIAT, PASSWORD));

    // An empty installation: its first person, of the secretariat, imports.
    await t.truncate();
    await t.dataSource.query(
      `INSERT INTO people (name, email, role, password_hash) VALUES ('Sekretariatet', $1, 'secretariat', $2)`,
      [SECRETARIAT, await hashPassword(PASSWORD)],
    );
    const agent = await signIn(t, SECRETARIAT, PASSWORD);
    const res = await agent.post('/api/imports').attach('file', first, 'klyngestrategi.xlsx');
    expect({ status: res.status, errors: res.body.errors }).toEqual({ status: 201, errors: [] });
    const preview: ImportPreview = res.body;
    expect(preview.summary.conflicts).toBe(0);
    const confirm = preview.sharedChanges
      .filter((c) => c.needsConfirmation)
      .map((c) => c.renamedFrom ?? c.key);
    const applied = await agent
      .post(`/api/imports/${preview.id}/apply`)
      .send({ confirm })
      .expect(200);
    expect(applied.body).toMatchObject({ state: 'applied', deleted: 0 });

    const second = await exportPlan(agent);
    expect(await visibleCells(second)).toEqual(await visibleCells(first));
    const [counts] = await t.dataSource.query(`
      SELECT (SELECT count(*)::int FROM initiatives) AS initiatives,
             (SELECT count(*)::int FROM initiative_leads WHERE inferred) AS inferred_leads,
             (SELECT count(*)::int FROM initiative_targets WHERE inferred) AS inferred_links,
             (SELECT count(*)::int FROM measurements WHERE state <> 'approved') AS waiting_figures,
             (SELECT count(*)::int FROM targets WHERE data_owner_organisation_id IS NOT NULL) AS owned_targets`);
    expect(counts).toEqual({
      initiatives: 20,
      inferred_leads: expect.any(Number),
      inferred_links: expect.any(Number),
      waiting_figures: expect.any(Number),
      owned_targets: expect.any(Number),
    });
    expect(
      Math.min(
        counts.inferred_leads,
        counts.inferred_links,
        counts.waiting_figures,
        counts.owned_targets,
      ),
    ).toBeGreaterThan(0);
  });
});
