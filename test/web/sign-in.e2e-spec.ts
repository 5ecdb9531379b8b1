import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { fillSignInForm, launchBrowser, signInThroughForm } from '../support/browser';
import { BuiltApp, dropDatabase, startBuiltApp } from '../support/built-app';
import { DEMO } from '../support/session';

const ARTIFACTS = join(__dirname, '../../test-results');

/**
 * The sign-in page, drawn before the app is loaded (src/boot) and by the app at `#/login`
 * (one form): what it says when a sign-in fails, and where it leads afterwards.
 */
describe('the sign-in page in a browser', () => {
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

  const heading = () => page.getByRole('heading', { name: 'Log ind på Pejling' });
  const signInButton = () => page.getByRole('button', { name: 'Log ind' });

  it('asks for both fields, and says so when the server cannot be reached or throttles', async () => {
    await page.goto(`${app.url}/#/`);
    await heading().waitFor({ timeout: 20_000 });
    let signIns = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/auth/login')) signIns += 1;
    });

    await signInButton().click();
    expect(await page.getByText('Skal udfyldes').count()).toBe(2);
    expect(signIns).toBe(0);

    await page.route('**/api/auth/login', (route) => route.abort('connectionrefused'));
    await fillSignInForm(page, DEMO.secretariat);
    await signInButton().click();
    await page.getByText('Serveren kan ikke nås. Prøv igen om lidt.').waitFor();

    await page.unroute('**/api/auth/login');
    await page.route('**/api/auth/login', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'Retry-After': '120' },
        contentType: 'application/json',
        body: JSON.stringify({ statusCode: 429, message: 'Too many attempts' }),
      }),
    );
    await signInButton().click();
    await page.getByText('For mange mislykkede forsøg. Prøv igen om 2 minutter.').waitFor();
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'sign-in-throttled.png') });
  });

  it('leads to the page asked for, also after the sign-in page was reloaded', async () => {
    await page.goto(`${app.url}/#/milestones`);
    await heading().waitFor({ timeout: 20_000 });
    expect(page.url()).toMatch(/#\/login$/);
    await page.reload();
    await signInThroughForm(page, DEMO.steering);
    await page.waitForURL(/#\/milestones$/);
    await page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });

    // Already signed in, the sign-in page's address goes on to the app.
    await page.goto(`${app.url}/#/login`);
    await page.getByRole('button', { name: 'Profil' }).waitFor({ timeout: 20_000 });
    await page.waitForURL(/#\/$/);
  });

  it('says that a session ended, and returns to where the person was', async () => {
    await page.goto(`${app.url}/#/initiatives`);
    await signInThroughForm(page, DEMO.secretariat);
    await page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });

    // The session ends on the server (as after 8 hours idle): the next request gets 401.
    const cookies = await page.context().cookies();
    const ended = await fetch(`${app.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: cookies.map(({ name, value }) => `${name}=${value}`).join('; ') },
    });
    expect(ended.status).toBe(204);

    await page.getByRole('menuitem', { name: 'Milepæle' }).click();
    await heading().waitFor({ timeout: 20_000 });
    expect(page.url()).toContain('#/login');
    await page
      .getByText('Din session er udløbet. Log ind igen for at fortsætte, hvor du var.')
      .waitFor();

    await signInThroughForm(page, DEMO.secretariat);
    await page.waitForURL(/#\/milestones$/);
  });
});
