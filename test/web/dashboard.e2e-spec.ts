import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { fillSignInForm, launchBrowser } from '../support/browser';
import { BuiltApp, dropDatabase, startBuiltApp } from '../support/built-app';

const STEERING = 'styregruppe@demo.pejling.dk';
const ARTIFACTS = join(__dirname, '../../test-results');

/**
 * The steering group's story: sign in, land on the dashboard of the demo plan as of
 * 2017-06-15, read its figures and follow one to the records behind it.
 */
describe('the dashboard in a browser', () => {
  let app: BuiltApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (app) await dropDatabase(app.databaseName);
  });
  beforeEach(async () => {
    page = await browser.newPage({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
  });
  afterEach(() => page.close());

  it('lands the steering group on the dashboard, whose figures lead to the records', async () => {
    await page.goto(`${app.url}/#/`);
    await fillSignInForm(page, STEERING);
    const started = Date.now();
    await page.getByRole('button', { name: 'Log ind' }).click();

    // Rendered: the focus areas' table and the targets' cards are on the page.
    const areas = page.getByRole('table', { name: 'Indsatsområder' });
    await areas.locator('tbody tr').nth(5).waitFor({ timeout: 20_000 });
    await page.getByText('Pejlemærke 5', { exact: true }).waitFor({ timeout: 20_000 });
    console.log(`dashboard rendered ${Date.now() - started} ms after signing in`);

    expect(page.url()).toMatch(/#\/$/);
    await page.getByRole('heading', { name: 'Klyngestrategi 2.0' }).waitFor();
    await page.getByText(/Planperiode 1\. jan\. 2016 – 31\. dec\. 2018/).waitFor();
    await page.getByText('Tid gået af planperioden').waitFor();
    await page.getByText('Dag 532 af 1.096').waitFor();
    // Five focus areas and the whole plan.
    expect(await areas.locator('tbody tr').count()).toBe(6);
    expect(await areas.locator('tbody tr th').allInnerTexts()).toEqual([
      expect.stringMatching(/^A /),
      expect.stringMatching(/^B /),
      expect.stringMatching(/^C /),
      expect.stringMatching(/^D /),
      expect.stringMatching(/^E /),
      'Hele planen',
    ]);
    for (const n of [1, 2, 3, 4, 5])
      await page.getByText(`Pejlemærke ${n}`, { exact: true }).waitFor();
    // Target 2 has no number: the card says so.
    await page.getByText('Intet måltal').waitFor();
    await page.getByRole('heading', { name: /^Milepæle over fristen \(\d+\)$/ }).waitFor();
    await page.getByRole('heading', { name: /^Frist inden for 30 dage \(\d+\)$/ }).waitFor();
    // The steering group changes nothing: no edit or create actions.
    expect(await page.getByRole('link', { name: /^(Redigér|Opret)$/ }).count()).toBe(0);

    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({
      path: join(ARTIFACTS, 'dashboard-steering-group.png'),
      fullPage: true,
    });

    // Focus area A's overdue milestones: the figure, then the list it leads to.
    const overdue = areas.getByRole('link', { name: /^A .*: \d+ milepæle over fristen$/ });
    const label = (await overdue.getAttribute('aria-label')) ?? '';
    const count = Number(/: (\d+) milepæle over fristen$/.exec(label)?.[1]);
    expect(count).toBeGreaterThan(0);
    await overdue.click();
    await page.waitForURL(/#\/milestones\?/);
    const filter = JSON.parse(
      new URL(page.url().replace('#/', '')).searchParams.get('filter') ?? '{}',
    );
    expect(filter).toEqual({ focusAreaId: expect.any(Number), overdue: true });
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor({ timeout: 20_000 });
    await page.getByText(`1-${count} af ${count}`).waitFor({ timeout: 20_000 });
    expect(await rows.count()).toBe(count);
    expect(await page.locator('td.column-overdue').allInnerTexts()).toEqual(
      Array(count).fill(expect.stringContaining('Overskredet')),
    );
  });
});
