import { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { BuiltApp, dropDatabase, startBuiltApp } from '../support/built-app';

describe('the web app in a browser', () => {
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

  it('loads in Danish and lists the 20 initiatives', async () => {
    await page.goto(`${app.url}/#/initiatives?perPage=25`);
    const rows = page.locator('table tbody tr');
    await rows.nth(19).waitFor({ timeout: 20_000 });
    expect(await rows.count()).toBe(20);
    const codes = await page.locator('table tbody tr td.column-code').allInnerTexts();
    expect(codes).toEqual(
      ['A', 'B', 'C', 'D', 'E'].flatMap((a) => [1, 2, 3, 4].map((n) => `${a}.${n}`)),
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    // The initiatives' Danish titles, and the interface's own words in Danish.
    await expect(
      page.getByText("Øget dansk deltagelse i EU's Horizon2020-program gennem klyngerne").count(),
    ).resolves.toBe(1);
    await expect(page.getByText('Initiativer', { exact: true }).first().isVisible()).resolves.toBe(
      true,
    );
  });

  it('shows that it runs on the demo date', async () => {
    await page.goto(`${app.url}/#/initiatives`);
    await page
      .getByText(/15\. juni 2017/)
      .first()
      .waitFor({ timeout: 20_000 });
  });
});
