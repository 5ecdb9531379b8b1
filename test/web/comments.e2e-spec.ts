import { screenshot, signInThroughForm, useBrowserApp } from '../support/browser';
import { DEMO } from '../support/session';

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
  const web = useBrowserApp();

  async function openInitiativeAs(email: string) {
    await web.page.goto(`${web.app.url}${INITIATIVE}`);
    await signInThroughForm(web.page, email);
    await web.page.getByRole('heading', { name: 'Kommentarer' }).waitFor({ timeout: 20_000 });
  }
  const comments = () =>
    web.page
      .getByRole('region', { name: 'Kommentarer' })
      .locator('li')
      .filter({ hasText: /fødevareklynger/ });
  const commentField = () => web.page.getByRole('textbox', { name: 'Skriv en kommentar' });

  it('lets an owner write a comment on their initiative and correct it', async () => {
    await openInitiativeAs(DEMO.ufm);
    await web.page.getByText('Ingen kommentarer endnu.').waitFor({ timeout: 20_000 });
    const send = web.page.getByRole('button', { name: 'Send', exact: true });
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

    await screenshot(web.page, 'comments-owner', { fullPage: true });
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
    // The steering group may comment; someone else’s comment stays theirs.
    await commentField().waitFor();
    expect(await comment.getByRole('button').count()).toBe(0);
    await screenshot(web.page, 'comments-steering', { fullPage: true });
  });

  it('lets the author delete the comment after confirming', async () => {
    await openInitiativeAs(DEMO.ufm);
    const comment = comments();
    await comment.getByText(EDITED).waitFor({ timeout: 20_000 });
    await comment.getByRole('button', { name: 'Slet' }).click();
    const dialog = web.page.getByRole('dialog', { name: 'Slet kommentaren?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Bekræft' }).click();
    await web.page.getByText('Ingen kommentarer endnu.').waitFor({ timeout: 20_000 });
    expect(await comments().count()).toBe(0);
  });
});
