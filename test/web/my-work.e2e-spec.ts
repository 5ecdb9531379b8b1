import type {
  AuditEventRecord,
  InitiativeRecord,
  Me,
  MilestoneRecord,
  PersonRecord,
  StatusReportRecord,
} from '@pejling/contracts';
import { recipientsOf, signInLinks } from '@pejling/server/testing';
import { Locator, Page } from 'playwright-core';
import { screenshot, signInThroughForm, useBrowserApp } from '../support/browser';
import { DEMO, Session } from '../support/session';
import { until } from '../support/until';

/** The demo's fixed date, the day the reminders are run for. */
const AS_OF = '2017-06-15';
/** A milestone of Peter Lund's (the owner at UFM), due in 3 days: a reminder goes to him. */
const TITLE = 'Statusmøde med universiteterne';
const ROUND_TITLE = 'Styregruppemøde juli 2017';
/** The owner's story once more, on a phone: a milestone of his on A.2, and a round for A.2. */
const PHONE_TITLE = 'Klyngeforum om uddannelsesbehov';
const PHONE_ROUND_TITLE = 'Styregruppemøde august 2017';
const PHONE = { width: 390, height: 844 };

const list = (path: string, filter: object = {}) =>
  `${path}?${new URLSearchParams({ filter: JSON.stringify(filter), range: '[0,499]' })}`;

/**
 * The owner's story in a browser: a reminder e-mail reaches the owner at UFM over SMTP,
 * its link signs him in on My work with the milestone picked out, he changes its status
 * there and finds the report a round asks of him; an initiative of another organisation
 * gives him nothing to edit.
 */
describe('My work in the web app', () => {
  // One page for the whole story: the owner stays signed in from test to test.
  const web = useBrowserApp({ smtp: true, page: false });
  let page: Page;
  let secretariat: Session;
  let owner: Session;
  let milestone: MilestoneRecord;
  let a1: InitiativeRecord;

  async function getJson<T>(session: Session, path: string): Promise<T> {
    const response = await session.fetch(`/api${path}`);
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  }

  beforeAll(async () => {
    page = await web.newPage();
    secretariat = new Session(web.app.url);
    expect((await secretariat.signIn(DEMO.secretariat)).status).toBe(200);
    owner = new Session(web.app.url);
    expect((await owner.signIn(DEMO.ufm)).status).toBe(200);
    // The demo's open round closed: the owner's story opens rounds of its own, and ends
    // with nothing left to report.
    const rounds = await getJson<{ id: number; state: string }[]>(secretariat, '/reporting-rounds');
    for (const { id } of rounds.filter((round) => round.state === 'open')) {
      const closed = await secretariat.fetch(`/api/reporting-rounds/${id}/close`, {
        method: 'POST',
      });
      expect(closed.status).toBe(200);
    }
  });

  it('mails the owner a reminder whose link lands on My work with the milestone picked out', async () => {
    const me = await getJson<Me>(owner, '/auth/me');
    const initiatives = await getJson<InitiativeRecord[]>(secretariat, list('/initiatives'));
    a1 = initiatives.find((i) => i.code === 'A.1') as InitiativeRecord;
    expect(me.initiativeIds).toContain(a1.id);
    const created = await secretariat.fetch('/api/milestones', {
      method: 'POST',
      body: JSON.stringify({
        initiativeId: a1.id,
        title: TITLE,
        dueDate: '2017-06-18',
        responsiblePersonId: me.person.id,
      }),
    });
    expect(created.status).toBe(201);
    milestone = (await created.json()) as MilestoneRecord;

    const run = await secretariat.fetch('/api/reminders/run', {
      method: 'POST',
      body: JSON.stringify({ asOf: AS_OF }),
    });
    expect(run.status).toBe(200);
    // The worker beside the API sends it within seconds.
    const mail = await until('the reminder to the owner at UFM', async () =>
      web.smtp.received.find((m) => recipientsOf(m).includes(DEMO.ufm) && m.text?.includes(TITLE)),
    );
    const [link] = signInLinks(mail.text);
    expect(link.startsWith(`${web.app.url}/#/link?token=`)).toBe(true);

    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(link);
    await page.waitForURL(new RegExp(`#/my-work\\?milestone=${milestone.id}$`), {
      timeout: 20_000,
    });
    await page.getByRole('heading', { name: 'Mine milepæle' }).waitFor({ timeout: 20_000 });
    await page.getByRole('heading', { name: 'Rapporter der venter på dig' }).waitFor();
    await page.getByRole('heading', { name: 'Mine initiativer' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Mit arbejde' }).waitFor();
    // From the e-mail to My work without react-admin's code (nor the app's, nor the vendors'
    // it needs): the owner's frame draws both.
    expect(scripts.filter((script) => /\/(react-admin|renderApp|vendor)-/.test(script))).toEqual(
      [],
    );
    expect(scripts.some((script) => script.includes('renderOwnerFrame'))).toBe(true);

    const row = page.locator(`tr[data-milestone-id="${milestone.id}"]`);
    await row.getByText('Fra din e-mail').waitFor();
    expect(await row.getAttribute('class')).toMatch(/Mui-selected/);
    expect(await row.evaluate((el) => el === document.activeElement)).toBe(true);
    await row.getByRole('link', { name: TITLE }).waitFor();
    expect(await row.getByRole('link', { name: /^A\.1 / }).getAttribute('href')).toBe(
      `#/initiatives/${a1.id}/show`,
    );
    // Every other milestone row is one that is not picked out.
    expect(await page.getByText('Fra din e-mail').count()).toBe(1);
    await screenshot(page, 'my-work-from-link', { fullPage: true });
  });

  it('lets the owner change the milestone’s status there, saved on the server', async () => {
    const select = page.getByRole('combobox', { name: `Status for milepælen »${TITLE}«` });
    await select.waitFor({ timeout: 20_000 });
    await select.click();
    await page.getByRole('option', { name: 'I gang' }).click();
    await page.getByText(`Milepælen »${TITLE}« har nu status I gang.`).waitFor({ timeout: 20_000 });

    const saved = await getJson<MilestoneRecord>(secretariat, `/milestones/${milestone.id}`);
    expect(saved).toMatchObject({ status: 'in_progress', version: milestone.version + 1 });
    // The person who changed it, in the audit trail: the owner, signed in by the link.
    const events = await getJson<AuditEventRecord[]>(
      secretariat,
      list('/audit-events', { resource: 'milestones', recordId: milestone.id, action: 'update' }),
    );
    expect(events).toEqual([
      expect.objectContaining({ personName: 'Peter Lund', after: expect.anything() }),
    ]);

    await page.reload();
    const after = page.getByRole('combobox', { name: `Status for milepælen »${TITLE}«` });
    await after.waitFor({ timeout: 20_000 });
    expect(await after.innerText()).toBe('I gang');
  });

  it('asks the owner for the reports an open round wants of him, with a button to the form', async () => {
    const [strategy] = await getJson<{ id: number }[]>(secretariat, '/strategies');
    const initiatives = await getJson<InitiativeRecord[]>(secretariat, list('/initiatives'));
    const d1 = initiatives.find((i) => i.code === 'D.1') as InitiativeRecord;
    const created = await secretariat.fetch('/api/reporting-rounds', {
      method: 'POST',
      body: JSON.stringify({
        strategyId: strategy.id,
        title: ROUND_TITLE,
        dueDate: '2017-06-30',
        meetingDate: '2017-07-05',
        initiativeIds: [a1.id, d1.id],
      }),
    });
    expect(created.status).toBe(201);
    const { id: roundId } = (await created.json()) as { id: number };
    const opened = await secretariat.fetch(`/api/reporting-rounds/${roundId}/open`, {
      method: 'POST',
    });
    expect(opened.status).toBe(200);

    // Opened afresh, as from the menu after a while.
    await page.goto(`${web.app.url}/#/my-work`);
    await page.reload();
    const report = page.getByRole('link', { name: /^Rapportér for / });
    await report.first().waitFor({ timeout: 20_000 });
    // A.1 is his; D.1, in the same round, is another organisation's.
    expect(await report.count()).toBe(1);
    expect(await report.getAttribute('aria-label')).toBe(`Rapportér for A.1 til ${ROUND_TITLE}`);
    await screenshot(page, 'my-work-report-request');
    await report.click();
    await page.waitForURL(new RegExp(`#/reporting-rounds/${roundId}/report/${a1.id}$`), {
      timeout: 20_000,
    });

    // His only request: once it is answered, the form leads back to My work.
    await page.getByRole('radio', { name: 'Grøn' }).check();
    await page.getByLabel('Hvad er der sket?').fill('Dialogen med universiteterne er i gang.');
    await page.getByRole('button', { name: 'Indsend' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Indsend' }).click();
    const next = page.getByTestId('next-request');
    await next.getByText('Der venter ikke flere rapporter på dig.').waitFor({ timeout: 20_000 });
    await next.getByRole('link', { name: 'Til Mit arbejde' }).click();
    await page.waitForURL(/#\/my-work$/);
    await page
      .getByText('Ingen rapporteringsrunder venter på en rapport fra dig.')
      .waitFor({ timeout: 20_000 });
  });

  it('lands the owner on My work: at the app’s own address, and after signing in', async () => {
    await page.goto(`${web.app.url}/#/`);
    await page.waitForURL(/#\/my-work$/, { timeout: 20_000 });
    await page.getByRole('heading', { name: 'Mine milepæle' }).waitFor({ timeout: 20_000 });

    const fresh = await web.newPage();
    await fresh.goto(`${web.app.url}/#/`);
    await signInThroughForm(fresh, DEMO.ufm);
    await fresh.waitForURL(/#\/my-work$/, { timeout: 20_000 });
    await fresh.getByRole('heading', { name: 'Mine milepæle' }).waitFor({ timeout: 20_000 });
    // The menu opens the app, with My work first in it, and the dashboard still his to open.
    await fresh.getByRole('button', { name: 'Åbn menu' }).click();
    await fresh.getByRole('menuitem').first().getByText('Mit arbejde').waitFor({ timeout: 20_000 });
    await fresh.getByRole('menuitem', { name: 'Overblik' }).click();
    await fresh.waitForURL(/#\/dashboard$/);
    await fresh.getByTestId('dashboard').waitFor({ timeout: 20_000 });
    await fresh.close();
  });

  it('keeps the owner’s session and language in the frame: signed in again where he was, English saved to his profile', async () => {
    const frame = await web.newPage();
    try {
      await frame.goto(`${web.app.url}/#/my-work`);
      await signInThroughForm(frame, DEMO.ufm);
      const select = frame.getByRole('combobox', { name: `Status for milepælen »${TITLE}«` });
      await select.waitFor({ timeout: 20_000 });

      // His session ends meanwhile (signed out elsewhere): his next change leads him to sign
      // in, and back to My work.
      await frame.evaluate(() => fetch('/api/auth/logout', { method: 'POST' }));
      await select.click();
      await frame.getByRole('option', { name: 'Planlagt' }).click();
      await frame.waitForURL(/#\/login$/, { timeout: 20_000 });
      await signInThroughForm(frame, DEMO.ufm);
      await frame.waitForURL(/#\/my-work$/, { timeout: 20_000 });
      await frame.getByRole('heading', { name: 'Mine milepæle' }).waitFor({ timeout: 20_000 });
      const stored = await getJson<MilestoneRecord>(secretariat, `/milestones/${milestone.id}`);
      expect(stored.status).toBe('in_progress');

      // English, from the frame's language menu: saved to his profile, and kept.
      await frame.getByRole('button', { name: /Dansk/ }).click();
      await frame.getByRole('menuitem', { name: 'English' }).click();
      await frame.getByRole('heading', { name: 'My milestones' }).waitFor({ timeout: 20_000 });
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
      expect((await getJson<Me>(owner, '/auth/me')).person.language).toBe('en');
      await frame.reload();
      await frame.getByRole('heading', { name: 'My milestones' }).waitFor({ timeout: 20_000 });
      await frame.getByRole('button', { name: /English/ }).click();
      await frame.getByRole('menuitem', { name: 'Dansk' }).click();
      await frame.getByRole('heading', { name: 'Mine milepæle' }).waitFor({ timeout: 20_000 });
      expect((await getJson<Me>(owner, '/auth/me')).person.language).toBe('da');

      // Signing out from the frame's profile menu ends the session and shows the sign-in page.
      await frame.getByRole('button', { name: 'Profil' }).click();
      await frame.getByRole('menu').getByText('Peter Lund').waitFor();
      await frame.getByRole('menuitem', { name: 'Log ud' }).click();
      await frame.getByRole('heading', { name: 'Log ind på Pejling' }).waitFor({ timeout: 20_000 });
      expect(await frame.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401);
    } finally {
      await frame.close();
    }
  });

  it('gives the owner no way to edit an initiative of another organisation', async () => {
    const me = await getJson<Me>(owner, '/auth/me');
    const initiatives = await getJson<InitiativeRecord[]>(secretariat, list('/initiatives'));
    // D.1: led by Cluster Excellence Denmark alone, Peter Lund not among its responsible people.
    const other = initiatives.find((i) => i.code === 'D.1') as InitiativeRecord;
    expect(other.leadOrganisationIds).not.toContain(me.organisation?.id);
    expect(other.responsiblePersonIds).not.toContain(me.person.id);
    expect(me.initiativeIds).not.toContain(other.id);
    const people = await getJson<PersonRecord[]>(secretariat, list('/people'));
    expect(people.find((p) => p.id === me.person.id)?.organisationId).toBe(me.organisation?.id);

    await page.goto(`${web.app.url}/#/initiatives/${other.id}/show`);
    await page.getByText('D.1', { exact: true }).waitFor({ timeout: 20_000 });
    // Its milestones come from the server after the rights are known: the page has settled.
    const milestoneRows = page.locator('table tbody tr');
    await milestoneRows.first().waitFor({ timeout: 20_000 });
    expect(await milestoneRows.count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Redigér' }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: /^Status for milepælen/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Tilføj milepæl' }).count()).toBe(0);
    await screenshot(page, 'my-work-other-initiative', { fullPage: true });

    await page.goto(`${web.app.url}/#/initiatives/${other.id}`);
    await page.getByText('Adgang nægtet').waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Gem' }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
  });

  it('takes the owner on a phone from a reminder e-mail to an updated milestone and a submitted report', async () => {
    const me = await getJson<Me>(owner, '/auth/me');
    const initiatives = await getJson<InitiativeRecord[]>(secretariat, list('/initiatives'));
    const a2 = initiatives.find((i) => i.code === 'A.2') as InitiativeRecord;
    expect(me.initiativeIds).toContain(a2.id);
    const created = await secretariat.fetch('/api/milestones', {
      method: 'POST',
      body: JSON.stringify({
        initiativeId: a2.id,
        title: PHONE_TITLE,
        dueDate: '2017-06-18',
        responsiblePersonId: me.person.id,
      }),
    });
    expect(created.status).toBe(201);
    const phoneMilestone = (await created.json()) as MilestoneRecord;
    const [strategy] = await getJson<{ id: number }[]>(secretariat, '/strategies');
    const round = await secretariat.fetch('/api/reporting-rounds', {
      method: 'POST',
      body: JSON.stringify({
        strategyId: strategy.id,
        title: PHONE_ROUND_TITLE,
        dueDate: '2017-07-31',
        meetingDate: '2017-08-15',
        initiativeIds: [a2.id],
      }),
    });
    expect(round.status).toBe(201);
    const { id: roundId } = (await round.json()) as { id: number };
    const opened = await secretariat.fetch(`/api/reporting-rounds/${roundId}/open`, {
      method: 'POST',
    });
    expect(opened.status).toBe(200);

    // The day's reminders again: only the new milestone's is left to send.
    const run = await secretariat.fetch('/api/reminders/run', {
      method: 'POST',
      body: JSON.stringify({ asOf: AS_OF }),
    });
    expect(run.status).toBe(200);
    const mail = await until('the reminder of the new milestone to the owner at UFM', async () =>
      web.smtp.received.find(
        (m) => recipientsOf(m).includes(DEMO.ufm) && m.text?.includes(PHONE_TITLE),
      ),
    );
    const [link] = signInLinks(mail.text);

    // A phone of his own (a fresh browser), held upright and used with a thumb.
    const phone = await web.newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
    /** At every step the page fits the phone's width: nothing to scroll sideways to. */
    const fitsThePhone = async () =>
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
    /** A main action is big enough for a thumb: at least 44 px tall. */
    const thumbSized = async (action: Locator) =>
      expect((await action.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    try {
      await phone.goto(link);
      await phone.waitForURL(new RegExp(`#/my-work\\?milestone=${phoneMilestone.id}$`), {
        timeout: 20_000,
      });
      const item = phone.locator(`[data-milestone-id="${phoneMilestone.id}"]`);
      await item.getByText('Fra din e-mail').waitFor({ timeout: 20_000 });
      await item.getByRole('link', { name: PHONE_TITLE }).waitFor();
      await fitsThePhone();
      await screenshot(phone, 'phone-my-work-from-link');

      // His milestone, picked out: its status changed in its own row, with a thumb.
      const select = item.getByRole('combobox', { name: `Status for milepælen »${PHONE_TITLE}«` });
      await select.waitFor({ timeout: 20_000 });
      await thumbSized(select);
      await select.tap();
      await phone.getByRole('option', { name: 'I gang' }).tap();
      await phone
        .getByText(`Milepælen »${PHONE_TITLE}« har nu status I gang.`)
        .waitFor({ timeout: 20_000 });
      await phone.getByRole('listbox').waitFor({ state: 'detached' });
      await fitsThePhone();
      await screenshot(phone, 'phone-milestone-in-progress');
      const saved = await getJson<MilestoneRecord>(secretariat, `/milestones/${phoneMilestone.id}`);
      expect(saved).toMatchObject({ status: 'in_progress', version: phoneMilestone.version + 1 });

      // The report the new round asks of him, from the top of My work.
      const report = phone.getByRole('link', {
        name: `Rapportér for A.2 til ${PHONE_ROUND_TITLE}`,
      });
      await report.scrollIntoViewIfNeeded();
      await thumbSized(report);
      await report.tap();
      await phone.waitForURL(new RegExp(`#/reporting-rounds/${roundId}/report/${a2.id}$`), {
        timeout: 20_000,
      });
      // The milestone is on the form with the status he just gave it.
      const onForm = phone.getByTestId(`milestone-${phoneMilestone.id}`);
      await onForm.getByRole('combobox').filter({ hasText: 'I gang' }).waitFor({ timeout: 20_000 });
      await fitsThePhone();
      await screenshot(phone, 'phone-report-form', { fullPage: true });

      await phone.getByRole('radio', { name: 'Gul' }).tap();
      const summary = phone.getByLabel('Hvad er der sket?');
      await summary.tap();
      await summary.fill('Klyngeforummet er planlagt; programmet er ved at blive skrevet.');
      await phone.getByLabel('Næste skridt').fill('Invitationer sendes ud i juli.');
      const submit = phone.getByRole('button', { name: 'Indsend' });
      await thumbSized(submit);
      await submit.tap();
      await phone.getByRole('dialog').getByRole('button', { name: 'Indsend' }).tap();
      const next = phone.getByTestId('next-request');
      await next.getByText('Der venter ikke flere rapporter på dig.').waitFor({ timeout: 20_000 });
      await fitsThePhone();
      await screenshot(phone, 'phone-report-submitted', { fullPage: true });
    } finally {
      await phone.close();
    }

    const reports = await getJson<StatusReportRecord[]>(
      secretariat,
      list('/status-reports', { roundId, initiativeId: a2.id }),
    );
    expect(reports).toEqual([
      expect.objectContaining({
        state: 'submitted',
        health: 'amber',
        summary: 'Klyngeforummet er planlagt; programmet er ved at blive skrevet.',
        nextSteps: 'Invitationer sendes ud i juli.',
        authorPersonId: me.person.id,
      }),
    ]);
    // The milestone as he left it: the report changed nothing more.
    expect(
      await getJson<MilestoneRecord>(secretariat, `/milestones/${phoneMilestone.id}`),
    ).toMatchObject({ status: 'in_progress' });
  });
});
