import { Page } from 'playwright-core';
import { fillSignInForm, screenshot, useBrowserApp } from '../support/browser';
import { DEMO, DEMO_PASSWORD, Session } from '../support/session';
import { until } from '../support/until';

/** An i18n key shown as it is instead of its text: `pejling.auth.title`, `ra.action.save`. */
const RAW_KEY = /\b(pejling|ra|resources)\.[a-z_]+\./;

/**
 * The user story "switching to English and back": on the sign-in page, then in the app bar.
 * A language picked on the sign-in page becomes the person's, as one picked in the app bar
 * does, so a fresh browser that signs in as them starts in it.
 */
describe('switching the language in a browser', () => {
  // Each test opens fresh browsers of its own (`web.newPage`): no cookie, nothing stored,
  // the Danish default.
  const web = useBrowserApp({ page: false });
  /** The secretariat through the API, to read what the server saved. */
  let api: Session;

  beforeAll(async () => {
    api = new Session(web.app.url);
    expect((await api.signIn(DEMO.secretariat)).status).toBe(200);
  });

  /** Waits until the page's `<html lang>` is `language`. */
  const pageLanguage = (page: Page, language: string) =>
    page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached', timeout: 20_000 });

  /** The secretariat's saved language, as the server has it. */
  async function savedLanguage(): Promise<string> {
    const me = (await (await api.fetch('/api/auth/me')).json()) as {
      person: { language: string };
    };
    return me.person.language;
  }

  /** Waits until the server has saved `language` as the secretariat's (it is saved in the background). */
  const saved = (language: string) =>
    until(
      `${language} saved as the person's language`,
      async () => (await savedLanguage()) === language,
    );

  async function chooseLanguage(page: Page, from: RegExp, to: string) {
    await page.getByRole('button', { name: from }).click();
    await page.getByRole('menuitem', { name: to }).click();
  }

  async function expectNoRawKeys(page: Page) {
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
  }

  async function expectEnglishApp(page: Page) {
    await page.getByRole('button', { name: 'Profile' }).waitFor({ timeout: 20_000 });
    await pageLanguage(page, 'en');
    await page.getByRole('menuitem', { name: 'Initiatives' }).waitFor({ timeout: 20_000 });
    // The app bar's date, written the English way.
    await page.getByText('Demo — date: 15 June 2017').waitFor({ timeout: 20_000 });
    await page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    await page.getByRole('columnheader', { name: 'Title' }).first().waitFor();
    await expectNoRawKeys(page);
  }

  async function expectDanishApp(page: Page) {
    await page.getByRole('button', { name: 'Profil' }).waitFor({ timeout: 20_000 });
    await pageLanguage(page, 'da');
    await page.getByRole('menuitem', { name: 'Initiativer' }).waitFor({ timeout: 20_000 });
    await page.getByText('Demo — dato: 15. juni 2017').waitFor({ timeout: 20_000 });
    await page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    await page.getByRole('columnheader', { name: 'Titel' }).first().waitFor();
    await expectNoRawKeys(page);
  }

  it('signs in in English when English is picked on the sign-in page, and keeps it', async () => {
    expect(await savedLanguage()).toBe('da');
    const page = await web.newPage();
    await page.goto(`${web.app.url}/#/initiatives`);
    await page.getByRole('heading', { name: 'Log ind på Pejling' }).waitFor({ timeout: 20_000 });
    await pageLanguage(page, 'da');
    expect(page.url()).toMatch(/#\/login$/);

    await chooseLanguage(page, /^Sprog: Dansk$/, 'English');
    await page.getByRole('heading', { name: 'Sign in to Pejling' }).waitFor();
    await pageLanguage(page, 'en');
    await page.getByLabel(/^Email/).fill(DEMO.secretariat);
    await page.getByLabel(/^Password/).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Wrong e-mail address or password.').waitFor();
    await expectNoRawKeys(page);
    await screenshot(page, 'language-sign-in-english');

    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectEnglishApp(page);
    expect(page.url()).toMatch(/#\/initiatives$/);
    // Picking English there was picking it for good: it is the person's language now.
    await saved('en');

    await page.reload();
    await expectEnglishApp(page);
  });

  it('switches to Danish and to English in the app bar, remembered per person', async () => {
    // A fresh browser shows the sign-in page in Danish; the person's English wins.
    const page = await web.newPage();
    await page.goto(`${web.app.url}/#/initiatives`);
    await fillSignInForm(page, DEMO.secretariat);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expectEnglishApp(page);

    await chooseLanguage(page, /^Language: English$/, 'Dansk');
    await expectDanishApp(page);
    await saved('da');

    await chooseLanguage(page, /^Sprog: Dansk$/, 'English');
    await expectEnglishApp(page);
    await page.reload();
    await expectEnglishApp(page);
    await screenshot(page, 'language-english');

    // Remembered on the person, not only in this browser.
    const elsewhere = await web.newPage();
    await elsewhere.goto(`${web.app.url}/#/initiatives`);
    await fillSignInForm(elsewhere, DEMO.secretariat);
    await elsewhere.getByRole('button', { name: 'Log ind' }).click();
    await expectEnglishApp(elsewhere);

    await chooseLanguage(elsewhere, /^Language: English$/, 'Dansk');
    await expectDanishApp(elsewhere);
    await elsewhere.reload();
    await expectDanishApp(elsewhere);
    await screenshot(elsewhere, 'language-danish');
  });
});
