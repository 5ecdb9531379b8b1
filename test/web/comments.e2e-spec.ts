import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { launchBrowser, signInThroughForm } from '../support/browser';
import { BuiltApp, dropDatabase, startBuiltApp } from '../support/built-app';
import { DEMO } from '../support/session';

const ARTIFACTS = join(__dirname, '../../test-results');
/** A.1, one of the UFM owner's initiatives in the demo plan. */
const INITIATIVE = '/#/initiatives/1/show';
const TEXT = 'Workshoppen om fødevareklynger er flyttet til september.';
const EDITED = 'Workshoppen om fødevareklynger er flyttet til oktober.';

/**
 * The conversation on an initiative: an owner writes a comment on one of their own and
 * corrects it; the secretariat reads it (and may delete it); the steering group reads it
 * and may answer, but not change or delete it; the author deletes it after confirming.
 */
describe('comments on an initiative in a browser', () => {
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
    // A page of its own per test: its own cookies, so each test signs in as someone.
    page = await browser.newPage({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
  });
  afterEach(() => page.close());

  async function openInitiativeAs(email: string) {
    await page.goto(`${app.url}${INITIATIVE}`);
    await signInThroughForm(page, email);
    await page.getByRole('heading', { name: 'Kommentarer' }).waitFor({ timeout: 20_000 });
  }
  const comments = () =>
    page
      .getByRole('region', { name: 'Kommentarer' })
      .locator('li')
      .filter({ hasText: /fødevareklynger/ });
  const commentField = () => page.getByRole('textbox', { name: 'Skriv en kommentar' });

  it('lets an owner write a comment on their initiative and correct it', async () => {
    await openInitiativeAs(DEMO.ufm);
    await page.getByText('Ingen kommentarer endnu.').waitFor({ timeout: 20_000 });
    const send = page.getByRole('button', { name: 'Send' });
    // Nothing to send yet: a blank comment cannot be sent.
    expect(await send.isDisabled()).toBe(true);
    await commentField().fill(TEXT);
    await send.click();

    const comment = comments();
    await comment.getByText(TEXT).waitFor({ timeout: 20_000 });
    // Signed by the signed-in owner, with the organisation and a Danish date.
    await comment.getByText('Peter Lund').waitFor();
    await comment.getByText('UFM').waitFor();
    expect(await comment.innerText()).toMatch(/\d{1,2}\. [a-zæøå]+\.? \d{4}/);
    expect(await comment.getByText('(redigeret)').count()).toBe(0);
    expect(await commentField().inputValue()).toBe('');

    // Corrected in place, from the keyboard: Ctrl+Enter saves.
    await comment.getByRole('button', { name: 'Redigér' }).click();
    const edit = comment.getByRole('textbox', { name: 'Kommentar' });
    await edit.fill(EDITED);
    await edit.press('Control+Enter');
    await comment.getByText(EDITED).waitFor({ timeout: 20_000 });
    await comment.getByText('(redigeret)').waitFor();

    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'comments-owner.png'), fullPage: true });
  });

  it('shows the comment to the secretariat, who may delete but not edit it', async () => {
    await openInitiativeAs(DEMO.secretariat);
    const comment = comments();
    await comment.getByText(EDITED).waitFor({ timeout: 20_000 });
    await comment.getByText('Peter Lund').waitFor();
    await comment.getByRole('button', { name: 'Slet' }).waitFor();
    expect(await comment.getByRole('button', { name: 'Redigér' }).count()).toBe(0);
    // The secretariat may comment too.
    await commentField().waitFor();
  });

  it('shows the comment to the steering group, who may answer but not change it', async () => {
    await openInitiativeAs(DEMO.steering);
    const comment = comments();
    await comment.getByText(EDITED).waitFor({ timeout: 20_000 });
    await comment.getByText('(redigeret)').waitFor();
    // DESIGN.md: the steering group "may comment"; someone else's comment stays theirs.
    await commentField().waitFor();
    expect(await comment.getByRole('button').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'comments-steering.png'), fullPage: true });
  });

  it('lets the author delete the comment after confirming', async () => {
    await openInitiativeAs(DEMO.ufm);
    const comment = comments();
    await comment.getByText(EDITED).waitFor({ timeout: 20_000 });
    await comment.getByRole('button', { name: 'Slet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slet kommentaren?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Bekræft' }).click();
    await page.getByText('Ingen kommentarer endnu.').waitFor({ timeout: 20_000 });
    expect(await comments().count()).toBe(0);
  });
});
