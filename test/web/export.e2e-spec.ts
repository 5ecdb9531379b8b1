import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Browser, Page } from 'playwright-core';
import { launchBrowser, signInThroughForm } from '../support/browser';
import { BuiltApp, dropDatabase, startBuiltApp } from '../support/built-app';
import { DEMO } from '../support/session';

const ARTIFACTS = join(__dirname, '../../test-results');

/** Issue 6's story: exporting the filtered milestones to .xlsx and reading the file back. */
describe('exporting a list in a browser', () => {
  let app: BuiltApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (app) await dropDatabase(app.databaseName);
  });
  beforeEach(async () => {
    const context = await browser.newContext({
      locale: 'da-DK',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
  });
  afterEach(() => page.context().close());

  it('downloads the milestones with the list’s filter as Excel, every row, in Danish', async () => {
    const filter = encodeURIComponent(JSON.stringify({ status: 'done' }));
    await page.goto(`${app.url}/#/milestones?filter=${filter}&perPage=5`);
    await signInThroughForm(page, DEMO.secretariat);
    await page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    const total = Number(
      /af (\d+)/.exec(
        (await page.locator('.MuiTablePagination-displayedRows').textContent()) ?? '',
      )?.[1],
    );

    await page.getByRole('button', { name: 'Eksportér' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click(),
    ]);
    await page.screenshot({ path: join(ARTIFACTS, 'export-milestones.png') });
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
});
