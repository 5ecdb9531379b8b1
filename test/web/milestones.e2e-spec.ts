import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { MilestoneRecord } from '@pejling/contracts';
import { Browser, Page } from 'playwright-core';
import { launchBrowser, signInThroughForm } from '../support/browser';
import { BuiltApp, dropDatabase, startBuiltApp } from '../support/built-app';
import { DEMO, Session } from '../support/session';

const ARTIFACTS = join(__dirname, '../../test-results');

/**
 * Issue 6's story: the secretariat marks an overdue milestone done in the list and sees the
 * dashboard count it; then changes two more at once, found with the saved filter
 * "Forfaldne".
 */
describe('changing milestones’ status in a browser', () => {
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
    page = await browser.newPage({ locale: 'da-DK', viewport: { width: 1400, height: 900 } });
  });
  afterEach(() => page.close());

  /** The whole plan's milestones done and overdue, as the dashboard's table shows them. */
  async function planFigures(): Promise<{ done: number; overdue: number }> {
    await page.goto(`${app.url}/#/`);
    const areas = page.getByRole('table', { name: 'Indsatsområder' });
    const figure = async (what: string) => {
      const link = areas.getByRole('link', { name: new RegExp(`^Hele planen: \\d+ ${what}$`) });
      await link.waitFor({ timeout: 20_000 });
      const label = (await link.getAttribute('aria-label')) ?? '';
      return Number(/: (\d+) /.exec(label)?.[1]);
    };
    return {
      done: await figure('færdige milepæle'),
      overdue: await figure('milepæle over fristen'),
    };
  }

  /** Opens the milestone list, picks the saved filter "Forfaldne" and answers how many it finds. */
  async function overdueList(): Promise<number> {
    // An empty filter: the list would otherwise come back with the one used last.
    await page.goto(`${app.url}/#/milestones?filter=%7B%7D`);
    await page
      .getByRole('button', { name: 'Forfaldne', pressed: false })
      .click({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Forfaldne', pressed: true }).waitFor();
    await page.waitForURL(/overdue/);
    const total = page.getByText(/^1-\d+ af \d+$/);
    await total.waitFor({ timeout: 20_000 });
    const count = Number(/af (\d+)$/.exec(await total.innerText())?.[1]);
    await page.waitForFunction(
      (n) => document.querySelectorAll('table tbody tr').length === Math.min(n, 25),
      count,
    );
    expect(await page.locator('td.column-overdue').allInnerTexts()).toEqual(
      Array(Math.min(count, 25)).fill(expect.stringContaining('Overskredet')),
    );
    return count;
  }

  it('marks an overdue milestone done inline, then two at once, and the dashboard counts them', async () => {
    await page.goto(`${app.url}/#/`);
    await signInThroughForm(page, DEMO.secretariat);
    const before = await planFigures();
    expect(before.overdue).toBeGreaterThan(3);

    // One milestone, in its row: the select names the milestone it changes.
    const overdueBefore = await overdueList();
    const firstRow = page.locator('table tbody tr').first();
    const title = await firstRow.locator('td.column-title').innerText();
    const select = firstRow.getByRole('combobox', { name: `Status for milepælen »${title}«` });
    await select.click();
    await page.getByRole('option', { name: 'Færdig' }).click();
    await page.getByText(`Milepælen »${title}« har nu status Færdig.`).waitFor();
    await firstRow
      .getByRole('combobox', { name: /Status for milepælen/ })
      .filter({ hasText: 'Færdig' })
      .waitFor();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await page.screenshot({ path: join(ARTIFACTS, 'milestones-inline-done.png'), fullPage: true });

    const afterOne = await planFigures();
    expect(afterOne).toEqual({ done: before.done + 1, overdue: before.overdue - 1 });

    // Two more, selected in the list and changed together.
    expect(await overdueList()).toBe(overdueBefore - 1);
    const rows = page.locator('table tbody tr');
    for (const n of [0, 1]) {
      // react-admin labels the checkbox's wrapper, not its input: found by role alone.
      await rows.nth(n).getByRole('checkbox').check();
    }
    await page.getByRole('button', { name: 'Skift status' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skift status for 2 milepæle' });
    await dialog.getByRole('combobox', { name: 'Ny status' }).click();
    await page.getByRole('option', { name: 'Færdig' }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await page.screenshot({ path: join(ARTIFACTS, 'milestones-bulk-status.png'), fullPage: true });
    await dialog.getByRole('button', { name: 'Skift' }).click();
    await page.getByText('2 milepæle har fået status Færdig.').waitFor();
    // The list reloads: the two are no longer overdue.
    await page
      .getByText(new RegExp(`^1-\\d+ af ${overdueBefore - 3}$`))
      .waitFor({ timeout: 20_000 });

    expect(await planFigures()).toEqual({ done: before.done + 3, overdue: before.overdue - 3 });
  });

  it('on the initiative page, tells the person when someone else changed the milestone first', async () => {
    const other = new Session(app.url);
    await other.signIn(DEMO.secretariat);
    const query = new URLSearchParams({
      filter: JSON.stringify({ status: ['planned', 'in_progress'] }),
      range: '[0,0]',
    });
    const [milestone] = (await (
      await other.fetch(`/api/milestones?${query}`)
    ).json()) as MilestoneRecord[];

    await page.goto(`${app.url}/#/initiatives/${milestone.initiativeId}/show`);
    await signInThroughForm(page, DEMO.secretariat);
    const select = page.getByRole('combobox', {
      name: `Status for milepælen »${milestone.title}«`,
    });
    await select.waitFor({ timeout: 20_000 });

    // Someone else cancels it after the page was loaded.
    const put = await other.fetch(`/api/milestones/${milestone.id}`, {
      method: 'PUT',
      body: JSON.stringify({ ...milestone, status: 'cancelled' }),
    });
    expect(put.status).toBe(200);

    await select.click();
    await page.getByRole('option', { name: 'Færdig' }).click();
    await page
      .getByText(
        `En anden har ændret milepælen »${milestone.title}«, mens du så på den. Din ændring er ikke gemt. Den gemte status er Annulleret`,
      )
      .waitFor();
    await select.filter({ hasText: 'Annulleret' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'milestones-conflict.png'), fullPage: true });

    // Now that the page shows what is stored, the change goes through.
    await select.click();
    await page.getByRole('option', { name: 'Færdig' }).click();
    await select.filter({ hasText: 'Færdig' }).waitFor();
    const stored = (await (
      await other.fetch(`/api/milestones/${milestone.id}`)
    ).json()) as MilestoneRecord;
    expect(stored).toMatchObject({ status: 'done', completedOn: '2017-06-15' });
  });

  it('shows the steering group statuses as chips, with nothing to change', async () => {
    await page.goto(`${app.url}/#/milestones`);
    await signInThroughForm(page, DEMO.steering);
    await page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Forfaldne' }).waitFor();
    expect(await page.getByRole('combobox', { name: /Status for milepælen/ }).count()).toBe(0);
    expect(await page.locator('table').getByRole('checkbox').count()).toBe(0);
  });
});
