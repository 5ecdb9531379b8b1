import { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { BuiltApp, dropDatabase, startBuiltApp } from '../support/built-app';

/** The demo accounts `npm start` seeds, all with the same password. */
const PASSWORD = 'pejling-demo';
const SECRETARIAT = 'sekretariat@demo.pejling.dk';
const STEERING = 'styregruppe@demo.pejling.dk';
const OWNER_AT_UFM = 'ufm@demo.pejling.dk';

const INITIATIVE_CODES = ['A', 'B', 'C', 'D', 'E'].flatMap((a) =>
  [1, 2, 3, 4].map((n) => `${a}.${n}`),
);

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
    // A page of its own per test: its own cookies, so every test starts signed out.
    page = await browser.newPage({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
  });
  afterEach(() => page.close());

  const signInPage = () => page.getByRole('heading', { name: 'Log ind på Pejling' });
  const userMenu = () => page.getByRole('button', { name: 'Profil' });

  async function submitSignIn(email: string, password = PASSWORD) {
    await page.getByLabel(/^E-mail/).fill(email);
    await page.getByLabel(/^Adgangskode/).fill(password);
    await page.getByRole('button', { name: 'Log ind' }).click();
  }

  async function signIn(email: string) {
    await signInPage().waitFor({ timeout: 20_000 });
    await submitSignIn(email);
    await userMenu().waitFor({ timeout: 20_000 });
  }

  async function initiativeRows() {
    const rows = page.locator('table tbody tr');
    await rows.nth(19).waitFor({ timeout: 20_000 });
    return rows;
  }

  it('asks for sign-in in Danish, then lists the 20 initiatives it was asked for', async () => {
    await page.goto(`${app.url}/#/initiatives?perPage=25`);
    await signInPage().waitFor({ timeout: 20_000 });
    expect(page.url()).toContain('#/login');
    expect(await page.locator('html').getAttribute('lang')).toBe('da');

    // A refusal in Danish that does not say whether the e-mail exists.
    await submitSignIn(SECRETARIAT, 'not-the-password');
    await page.getByText('Forkert e-mailadresse eller adgangskode.').waitFor();

    await submitSignIn(SECRETARIAT);
    const rows = await initiativeRows();
    expect(page.url()).toContain('#/initiatives');
    expect(await rows.count()).toBe(20);
    expect(await page.locator('table tbody tr td.column-code').allInnerTexts()).toEqual(
      INITIATIVE_CODES,
    );
    await expect(
      page.getByText("Øget dansk deltagelse i EU's Horizon2020-program gennem klyngerne").count(),
    ).resolves.toBe(1);
    await expect(page.getByText('Initiativer', { exact: true }).first().isVisible()).resolves.toBe(
      true,
    );
    // The secretariat keeps the plan: it may add initiatives.
    await page.getByRole('link', { name: 'Opret' }).waitFor();
    // The person's name and role are in the user menu.
    await userMenu().click();
    await page.getByText('Sekretariat · KF').waitFor();
  });

  it('shows that it runs on the demo date', async () => {
    await page.goto(`${app.url}/#/initiatives`);
    await signIn(SECRETARIAT);
    await page
      .getByText(/15\. juni 2017/)
      .first()
      .waitFor({ timeout: 20_000 });
  });

  it('lets the steering group read the plan but not change it', async () => {
    await page.goto(`${app.url}/#/initiatives`);
    await signIn(STEERING);
    expect(await (await initiativeRows()).count()).toBe(20);
    expect(await page.getByRole('link', { name: 'Opret' }).count()).toBe(0);

    await page.goto(`${app.url}/#/initiatives/1/show`);
    // The history is there for the steering group; the page has settled once it shows.
    await page.getByRole('heading', { name: 'Historik' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('link', { name: 'Redigér' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Tilføj milepæl' }).count()).toBe(0);

    await page.goto(`${app.url}/#/initiatives/1`);
    await page.getByText('Adgang nægtet').waitFor({ timeout: 20_000 });
  });

  it('lets an owner edit only the initiatives they are responsible for', async () => {
    await page.goto(`${app.url}/#/initiatives/1/show`);
    await signIn(OWNER_AT_UFM);
    await page.getByText('A.1', { exact: true }).waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Redigér' }).waitFor();

    await page.goto(`${app.url}/#/initiatives/3/show`);
    await page.getByText('A.3', { exact: true }).waitFor({ timeout: 20_000 });
    // Its milestones come from the server after the rights are known: the page has settled.
    await page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    expect(await page.getByRole('link', { name: 'Redigér' }).count()).toBe(0);
  });

  it('signs out to the sign-in page, and a deep link then asks for sign-in first', async () => {
    await page.goto(`${app.url}/#/initiatives`);
    await signIn(SECRETARIAT);
    await initiativeRows();

    await userMenu().click();
    await page.getByRole('menuitem', { name: 'Log ud' }).click();
    await signInPage().waitFor({ timeout: 20_000 });

    await page.goto(`${app.url}/#/milestones/1/show`);
    await page.reload();
    await signInPage().waitFor({ timeout: 20_000 });
    expect(page.url()).toContain('#/login');

    // Signing in again leads to the page that was asked for.
    await submitSignIn(SECRETARIAT);
    await userMenu().waitFor({ timeout: 20_000 });
    await page.waitForURL(/#\/milestones\/1\/show$/);
  });
});
