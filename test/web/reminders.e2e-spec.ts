import { recipientsOf, signInLinks, unsubscribeLink } from '@pejling/server/testing';
import type { ParsedMail } from 'mailparser';
import { Page } from 'playwright-core';
import { screenshot, signInThroughForm, useBrowserApp } from '../support/browser';
import { dayShown, typeDay, typedDay } from '../support/dayField';
import { DEMO } from '../support/session';
import { until } from '../support/until';

/** The demo's fixed date, on which milestones are due and overdue. */
const AS_OF = '2017-06-15';

/**
 * The reminders from end to end in a browser: the secretariat previews and sends the
 * demo date's reminders, the worker mails them over SMTP, and a recipient follows the
 * link in the mail, once.
 */
describe('reminders in the web app', () => {
  // The secretariat's page lasts the whole suite; a recipient opens fresh pages of their
  // own (`web.newPage`), with their own cookies: nobody is signed in.
  const web = useBrowserApp({ smtp: true, page: false });
  let secretariat: Page;

  beforeAll(async () => {
    secretariat = await web.newPage();
  });

  let mail: ParsedMail;
  let link: string;

  it('lets the secretariat preview the reminders of a day, send them, and mails them', async () => {
    const page = secretariat;
    await page.goto(`${web.app.url}/#/reminders/run`);
    await signInThroughForm(page, DEMO.secretariat);
    await page.waitForURL(/#\/reminders\/run$/);

    // The app's today (the demo's fixed date) is there already; the day is said anyway.
    const date = page.getByRole('group', { name: 'Dato' });
    // The page asks the API for the app's date after it renders (and loads on demand).
    await until('the app’s date in the field', async () => (await dayShown(date)) || undefined);
    expect(await dayShown(date)).toBe(typedDay(AS_OF));
    await typeDay(date, AS_OF);
    await page.getByRole('button', { name: 'Forhåndsvis' }).click();
    await page.getByText(/påmindelser? gælder 15\. juni 2017/).waitFor({ timeout: 20_000 });
    // What sending will do: every reminder of the day is new.
    const willQueue = page.getByText(/E-mail sættes i kø til (\d+) modtagere?\./);
    const promised = Number((await willQueue.innerText()).match(/(\d+) modtagere?/)?.[1]);
    const preview = page.locator('table tbody tr');
    expect(await preview.count()).toBeGreaterThan(0);
    expect(await preview.getByText('Ny', { exact: true }).count()).toBe(await preview.count());
    expect(web.smtp.received).toHaveLength(0);

    await page.getByRole('button', { name: 'Send nu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Send påmindelser for 15. juni 2017?').waitFor();
    // The question says what sending will do, as the preview did.
    await dialog
      .getByText(`E-mail sættes i kø til ${promised} modtager`, { exact: false })
      .waitFor();
    await dialog.getByRole('button', { name: 'Send nu' }).click();
    const outcome = page.getByText(/nye? påmindelser? er registreret/);
    await outcome.waitFor({ timeout: 20_000 });
    // As the preview said: e-mail to as many recipients, one digest each.
    const queued = Number(
      (await outcome.innerText()).match(/E-mail er sat i kø til (\d+) modtagere?/)?.[1],
    );
    expect(queued).toBe(promised);

    // The worker beside the API sends them within seconds. The one followed below: the
    // owner at UFM's, or else another owner's, with a milestone they are responsible for
    // (the demo's owners get no escalations as anyone else) and reminders to stop.
    await until(`${queued} e-mails`, () => (web.smtp.received.length >= queued ? true : undefined));
    expect(web.smtp.received).toHaveLength(queued);
    const withLinks = web.smtp.received.filter(
      (m) =>
        signInLinks(m.text).length > 0 &&
        unsubscribeLink(m.text) !== undefined &&
        !recipientsOf(m).includes(DEMO.secretariat),
    );
    const chosen = withLinks.find((m) => recipientsOf(m).includes(DEMO.ufm)) ?? withLinks[0];
    expect(chosen).toBeDefined();
    mail = chosen as ParsedMail;
    link = signInLinks(mail.text)[0] ?? '';
    expect(link.startsWith(`${web.app.url}/#/link?token=`)).toBe(true);
  });

  it('signs the recipient in by the link in the mail and opens the milestone on My work, once', async () => {
    const page = await web.newPage();
    try {
      await page.goto(link);
      await page.waitForURL(/#\/my-work\?milestone=\d+$/, { timeout: 20_000 });
      await page.getByRole('button', { name: 'Profil' }).waitFor({ timeout: 20_000 });
      // The person's own milestones, with the one the mail is about picked out: the
      // responsible person is signed in.
      const id = page.url().match(/milestone=(\d+)$/)?.[1];
      const picked = page.locator(`tr[data-milestone-id="${id}"]`);
      await picked.getByText('Fra din e-mail').waitFor({ timeout: 20_000 });
      await picked.locator('a[href*="#/initiatives/"]').waitFor();
      expect(await picked.locator('a[href*="#/milestones/"]').innerText()).not.toBe('');
      await screenshot(page, 'reminders-signed-in-by-link');
    } finally {
      await page.context().close();
    }

    const again = await web.newPage();
    try {
      await again.goto(link);
      await again.getByText(/Linket virker ikke/).waitFor({ timeout: 20_000 });
      await again.getByRole('button', { name: 'Gå til log ind' }).click();
      await again.getByRole('heading', { name: 'Log ind på Pejling' }).waitFor();
    } finally {
      await again.context().close();
    }
  });

  it('shows the deliveries of the day as sent in the delivery log', async () => {
    const page = secretariat;
    await page.getByRole('link', { name: 'Se påmindelsesloggen' }).click();
    await page.waitForURL(/#\/reminder-deliveries/);
    const statuses = page.locator('table tbody tr td.column-status');
    // The worker marks each sent just after the mail server has accepted it.
    const shown = await until('every delivery shown as sent', async () => {
      await page.reload();
      await statuses.first().waitFor({ timeout: 20_000 });
      const texts = await statuses.allInnerTexts();
      return texts.every((text) => text.trim() === 'Sendt') ? texts : undefined;
    });
    expect(shown.length).toBeGreaterThan(0);
    await screenshot(page, 'reminders-delivery-log', { fullPage: true });
  });

  it('shows the e-mail a delivery went out in, without its personal links', async () => {
    const page = secretariat;
    // The row's day, not one of its links to the milestone or the initiative.
    await page.locator('table tbody tr td.column-day').first().click();
    await page.waitForURL(/#\/reminder-deliveries\/\d+\/show/);
    const section = page.getByRole('region', { name: 'E-mailen' });
    await section.getByText(/^Emne: Pejling: /).waitFor({ timeout: 20_000 });
    const text = await section.locator('pre').innerText();
    expect(text).toMatch(/^(Kære|Dear) /);
    expect(text).toMatch(/\[(personligt link|personal link)/);
    expect(text).not.toContain('token=');
    await screenshot(page, 'reminders-delivery-message', { fullPage: true });
  });

  it('previews the day again as sent, with nothing new to send', async () => {
    const page = secretariat;
    await page.goto(`${web.app.url}/#/reminders/run`);
    await page.getByRole('button', { name: 'Forhåndsvis' }).click();
    await page
      .getByText('Send nu har intet nyt at sende: det hele er allerede registreret for dagen.')
      .waitFor({ timeout: 20_000 });
    const rows = page.locator('table tbody tr');
    expect(await rows.getByText('Sendt', { exact: true }).count()).toBe(await rows.count());
    await screenshot(page, 'reminders-preview-of-a-sent-day', { fullPage: true });
  });

  it('unsubscribes the recipient by the other link in the mail, after asking', async () => {
    const unsubscribe = unsubscribeLink(mail.text) ?? '';
    const page = await web.newPage();
    try {
      await page.goto(unsubscribe);
      await page.getByRole('button', { name: 'Afmeld påmindelser' }).click();
      await page.getByText(/får ikke flere påmindelser\. Eskaleringer kommer stadig/).waitFor();
      await page.getByRole('button', { name: 'Gå til Notifikationer' }).waitFor();
    } finally {
      await page.context().close();
    }
  });

  it('saves the reminder choices after the calendar link beside them changed the person', async () => {
    const page = await web.newPage();
    try {
      await page.goto(`${web.app.url}/#/settings/notifications`);
      await signInThroughForm(page, DEMO.ced);
      await page.getByRole('button', { name: 'Opret link' }).click();
      await page.getByText('Dit kalenderlink er aktivt').waitFor();
      await page.getByLabel('Én e-mail pr. milepæl').check();
      await page.getByRole('button', { name: 'Gem' }).click();
      await page.getByText('Dine indstillinger er gemt').waitFor();
    } finally {
      await page.context().close();
    }
  });
});
