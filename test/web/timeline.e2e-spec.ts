import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { launchBrowser, signInThroughForm } from '../support/browser';
import { BuiltApp, dropDatabase, startBuiltApp } from '../support/built-app';

/** The demo account `npm start` seeds (the password is the demo one). */
const STEERING = 'styregruppe@demo.pejling.dk';

const ARTIFACTS = join(__dirname, '../../test-results');

describe('the timeline and the targets in a browser', () => {
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
    page = await browser.newPage({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
  });
  afterEach(() => page.close());

  const markers = () => page.getByTestId('timeline-marker');

  it('shows the steering group the plan over time; a marker opens its milestone', async () => {
    await page.goto(`${app.url}/#/initiatives`);
    await signInThroughForm(page, STEERING);

    // From the menu, as a person would: navigation to a rendered timeline.
    const started = Date.now();
    await page.getByRole('menuitem', { name: 'Tidslinje' }).click();
    await markers().first().waitFor({ timeout: 20_000 });
    console.log(`timeline rendered ${Date.now() - started} ms after navigation`);

    // The demo plan: 5 focus areas, 20 initiatives, 88 milestones, and today's line.
    expect(await page.getByRole('heading', { level: 3 }).count()).toBe(5);
    expect(await page.locator('[data-testid="timeline"] a[href*="/initiatives/"]').count()).toBe(
      20,
    );
    expect(await markers().count()).toBe(88);
    expect(await page.getByText('I dag', { exact: true }).count()).toBeGreaterThan(0);
    // Overdue milestones are named as such, not shown by colour alone.
    expect(
      await page.locator('[data-status="overdue"][aria-label*="Overskredet"]').count(),
    ).toBeGreaterThan(0);
    // Nothing to change here for the steering group.
    expect(await page.getByRole('link', { name: 'Redigér' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Opret' }).count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'timeline-whole-period.png'), fullPage: true });

    // Zoomed to the quarter of today (2017-06-15): fewer markers, the quarter named.
    await page.getByRole('button', { name: 'Kvartal' }).click();
    await page.getByTestId('timeline-window').getByText('2. kvartal 2017').waitFor();
    const inQuarter = await markers().count();
    expect(inQuarter).toBeGreaterThan(0);
    expect(inQuarter).toBeLessThan(88);
    await page.screenshot({ path: join(ARTIFACTS, 'timeline-quarter.png'), fullPage: true });
    await page.getByRole('button', { name: 'År' }).click();
    await page.getByTestId('timeline-window').getByText('2017').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'timeline-year.png'), fullPage: true });

    // A marker is a link, reachable from the keyboard, that opens its milestone.
    const marker = markers().first();
    const label = (await marker.getAttribute('aria-label')) ?? '';
    const title = label.split(', frist ')[0];
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/milestones\/\d+\/show$/, { timeout: 20_000 });
    await page.getByText(title, { exact: true }).first().waitFor({ timeout: 20_000 });
  });

  it("shows the steering group a target's chart and measurements, without entry", async () => {
    await page.goto(`${app.url}/#/targets`);
    await signInThroughForm(page, STEERING);
    await page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    await page.locator('table tbody tr').first().click();
    await page.getByTestId('target-year-chart').waitFor({ timeout: 20_000 });
    await page.getByTestId('target-measurements').waitFor({ timeout: 20_000 });
    expect(await page.getByText('Lige linje fra udgangspunkt til mål').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Ny måling' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Redigér' }).count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'target-chart-steering.png'), fullPage: true });
  });
});
