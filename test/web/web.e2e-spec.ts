import { useBrowserApp } from '../support/browser';

/** The demo accounts `npm start` seeds, all with the same password. */
const PASSWORD = 'pejling-demo';
const SECRETARIAT = 'sekretariat@demo.pejling.dk';
const STEERING = 'styregruppe@demo.pejling.dk';
const OWNER_AT_UFM = 'ufm@demo.pejling.dk';

const INITIATIVE_CODES = ['A', 'B', 'C', 'D', 'E'].flatMap((a) =>
  [1, 2, 3, 4].map((n) => `${a}.${n}`),
);

describe('the web app in a browser', () => {
  // A page of its own per test: its own cookies, so every test starts signed out.
  const web = useBrowserApp();

  const signInPage = () => web.page.getByRole('heading', { name: 'Log ind på Pejling' });
  const userMenu = () => web.page.getByRole('button', { name: 'Profil' });

  async function submitSignIn(email: string, password = PASSWORD) {
    await web.page.getByLabel(/^E-mail/).fill(email);
    await web.page.getByLabel(/^Adgangskode/).fill(password);
    await web.page.getByRole('button', { name: 'Log ind' }).click();
  }

  async function signIn(email: string) {
    await signInPage().waitFor({ timeout: 20_000 });
    await submitSignIn(email);
    await userMenu().waitFor({ timeout: 20_000 });
  }

  async function initiativeRows() {
    const rows = web.page.locator('table tbody tr');
    await rows.nth(19).waitFor({ timeout: 20_000 });
    return rows;
  }

  it('asks for sign-in in Danish, then lists the 20 initiatives it was asked for', async () => {
    await web.page.goto(`${web.app.url}/#/initiatives?perPage=25`);
    await signInPage().waitFor({ timeout: 20_000 });
    expect(web.page.url()).toContain('#/login');
    expect(await web.page.locator('html').getAttribute('lang')).toBe('da');

    // A refusal in Danish that does not say whether the e-mail exists.
    await submitSignIn(SECRETARIAT, 'not-the-password');
    await web.page.getByText('Forkert e-mailadresse eller adgangskode.').waitFor();

    await submitSignIn(SECRETARIAT);
    const rows = await initiativeRows();
    expect(web.page.url()).toContain('#/initiatives');
    expect(await rows.count()).toBe(20);
    expect(await web.page.locator('table tbody tr td.column-code').allInnerTexts()).toEqual(
      INITIATIVE_CODES,
    );
    await expect(
      web.page
        .getByText("Øget dansk deltagelse i EU's Horizon2020-program gennem klyngerne")
        .count(),
    ).resolves.toBe(1);
    await expect(
      web.page.getByText('Initiativer', { exact: true }).first().isVisible(),
    ).resolves.toBe(true);
    // The secretariat keeps the plan: it may add initiatives.
    await web.page.getByRole('link', { name: 'Opret' }).waitFor();
    // The person's name and role are in the user menu.
    await userMenu().click();
    await web.page.getByText('Sekretariat · KF').waitFor();
  });

  it('shows that it runs on the demo date', async () => {
    await web.page.goto(`${web.app.url}/#/initiatives`);
    await signIn(SECRETARIAT);
    await web.page
      .getByText(/15\. juni 2017/)
      .first()
      .waitFor({ timeout: 20_000 });
  });

  it('lets the steering group read the plan but not change it', async () => {
    await web.page.goto(`${web.app.url}/#/initiatives`);
    await signIn(STEERING);
    expect(await (await initiativeRows()).count()).toBe(20);
    expect(await web.page.getByRole('link', { name: 'Opret' }).count()).toBe(0);

    await web.page.goto(`${web.app.url}/#/initiatives/1/show`);
    // The history is there for the steering group; the page has settled once it shows.
    await web.page.getByRole('heading', { name: 'Historik' }).waitFor({ timeout: 20_000 });
    expect(await web.page.getByRole('link', { name: 'Redigér' }).count()).toBe(0);
    expect(await web.page.getByRole('link', { name: 'Tilføj milepæl' }).count()).toBe(0);

    await web.page.goto(`${web.app.url}/#/initiatives/1`);
    await web.page.getByText('Adgang nægtet').waitFor({ timeout: 20_000 });
  });

  it('lets an owner edit only the initiatives they are responsible for or their organisation co-leads', async () => {
    await web.page.goto(`${web.app.url}/#/initiatives/1/show`);
    await signIn(OWNER_AT_UFM);
    await web.page.getByText('A.1', { exact: true }).waitFor({ timeout: 20_000 });
    await web.page.getByRole('link', { name: 'Redigér' }).waitFor();

    // A.3: Klyngeforum and UFM lead it, as the strategy says, in that order.
    await web.page.goto(`${web.app.url}/#/initiatives/3/show`);
    await web.page.getByText('A.3', { exact: true }).waitFor({ timeout: 20_000 });
    const leads = web.page.getByTestId('lead-organisations');
    await leads.getByRole('link', { name: 'KF' }).waitFor();
    expect(await leads.getByRole('link').allInnerTexts()).toEqual(['KF', 'UFM']);
    await web.page.getByRole('link', { name: 'Redigér' }).waitFor();

    // D.1: Cluster Excellence Denmark's alone.
    await web.page.goto(`${web.app.url}/#/initiatives/13/show`);
    await web.page.getByText('D.1', { exact: true }).waitFor({ timeout: 20_000 });
    // Its milestones come from the server after the rights are known: the page has settled.
    await web.page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    expect(await web.page.getByRole('link', { name: 'Redigér' }).count()).toBe(0);

    // C.1's own text names no lead: Klyngeforum is marked as inferred, in words.
    await web.page.goto(`${web.app.url}/#/initiatives/9/show`);
    await web.page.getByText('C.1', { exact: true }).waitFor({ timeout: 20_000 });
    await web.page.getByTestId('lead-organisations').getByText('Udledt').waitFor();
  });

  it('signs out to the sign-in page, and a deep link then asks for sign-in first', async () => {
    await web.page.goto(`${web.app.url}/#/initiatives`);
    await signIn(SECRETARIAT);
    await initiativeRows();

    await userMenu().click();
    await web.page.getByRole('menuitem', { name: 'Log ud' }).click();
    await signInPage().waitFor({ timeout: 20_000 });

    await web.page.goto(`${web.app.url}/#/milestones/1/show`);
    await web.page.reload();
    await signInPage().waitFor({ timeout: 20_000 });
    expect(web.page.url()).toContain('#/login');

    // Signing in again leads to the page that was asked for.
    await submitSignIn(SECRETARIAT);
    await userMenu().waitFor({ timeout: 20_000 });
    await web.page.waitForURL(/#\/milestones\/1\/show$/);
  });
});
