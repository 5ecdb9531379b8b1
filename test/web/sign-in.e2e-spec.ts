import { fillSignInForm, screenshot, signInThroughForm, useBrowserApp } from '../support/browser';
import { DEMO } from '../support/session';

/**
 * The sign-in page, drawn before the app is loaded (src/boot) and by the app at `#/login`
 * (one form): what it says when a sign-in fails, where it leads afterwards, and its link to
 * the accessibility statement, which is drawn without signing in too.
 */
describe('the sign-in page in a browser', () => {
  const web = useBrowserApp();

  const heading = () => web.page.getByRole('heading', { name: 'Log ind på Pejling' });
  const signInButton = () => web.page.getByRole('button', { name: 'Log ind' });

  it('asks for both fields, and says so when the server cannot be reached or throttles', async () => {
    await web.page.goto(`${web.app.url}/#/`);
    await heading().waitFor({ timeout: 20_000 });
    let signIns = 0;
    web.page.on('request', (request) => {
      if (request.url().endsWith('/api/auth/login')) signIns += 1;
    });

    await signInButton().click();
    expect(await web.page.getByText('Skal udfyldes').count()).toBe(2);
    expect(signIns).toBe(0);

    await web.page.route('**/api/auth/login', (route) => route.abort('connectionrefused'));
    await fillSignInForm(web.page, DEMO.secretariat);
    await signInButton().click();
    await web.page.getByText('Serveren kan ikke nås. Prøv igen om lidt.').waitFor();

    await web.page.unroute('**/api/auth/login');
    await web.page.route('**/api/auth/login', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'Retry-After': '120' },
        contentType: 'application/json',
        body: JSON.stringify({ statusCode: 429, message: 'Too many attempts' }),
      }),
    );
    await signInButton().click();
    await web.page.getByText('For mange mislykkede forsøg. Prøv igen om 2 minutter.').waitFor();
    await screenshot(web.page, 'sign-in-throttled');
  });

  it('leads to the page asked for, also after the sign-in page was reloaded', async () => {
    await web.page.goto(`${web.app.url}/#/milestones`);
    await heading().waitFor({ timeout: 20_000 });
    expect(web.page.url()).toMatch(/#\/login$/);
    await web.page.reload();
    await signInThroughForm(web.page, DEMO.steering);
    await web.page.waitForURL(/#\/milestones$/);
    await web.page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });

    // Already signed in, the sign-in page's address goes on to the app: the steering
    // group's start page.
    await web.page.goto(`${web.app.url}/#/login`);
    await web.page.getByRole('button', { name: 'Profil' }).waitFor({ timeout: 20_000 });
    await web.page.waitForURL(/#\/dashboard$/);
  });

  it('says that a session ended, and returns to where the person was', async () => {
    await web.page.goto(`${web.app.url}/#/initiatives`);
    await signInThroughForm(web.page, DEMO.secretariat);
    await web.page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });

    // The session ends on the server (as after 8 hours idle): the next request gets 401.
    const cookies = await web.page.context().cookies();
    const ended = await fetch(`${web.app.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: cookies.map(({ name, value }) => `${name}=${value}`).join('; ') },
    });
    expect(ended.status).toBe(204);

    await web.page.getByRole('menuitem', { name: 'Milepæle' }).click();
    await heading().waitFor({ timeout: 20_000 });
    expect(web.page.url()).toContain('#/login');
    await web.page
      .getByText('Din session er udløbet. Log ind igen for at fortsætte, hvor du var.')
      .waitFor();

    await signInThroughForm(web.page, DEMO.secretariat);
    await web.page.waitForURL(/#\/milestones$/);
  });

  it('links to the accessibility statement, which needs no sign-in, in Danish and in English', async () => {
    const statement = (title: string) =>
      web.page.getByRole('main').getByRole('heading', { level: 1, name: title });
    const lang = () => web.page.evaluate(() => document.documentElement.lang);
    await web.page.goto(`${web.app.url}/#/`);
    await heading().waitFor({ timeout: 20_000 });

    await web.page.getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await statement('Tilgængelighedserklæring for Pejling').waitFor({ timeout: 20_000 });
    expect(web.page.url()).toMatch(/#\/accessibility$/);
    expect(await lang()).toBe('da');
    await web.page.getByText('Mødemappen til styregruppen (PDF) er ikke tagget.').waitFor();

    await web.page.getByRole('button', { name: /^Sprog/ }).click();
    await web.page.getByRole('menuitem', { name: 'English' }).click();
    await statement('Accessibility statement for Pejling').waitFor();
    expect(await lang()).toBe('en');
    await web.page.getByText('The steering group meeting pack (PDF) is not tagged.').waitFor();
    await screenshot(web.page, 'accessibility-statement-en', { fullPage: true });

    // Back to the sign-in page, in the language chosen; nobody signed in on the way.
    await web.page.getByRole('link', { name: 'To Pejling' }).click();
    await web.page
      .getByRole('heading', { name: 'Sign in to Pejling' })
      .waitFor({ timeout: 20_000 });
    expect(await web.page.context().cookies()).toEqual([]);
  });
});
