import type {
  Me,
  MilestoneRecord,
  ReportingRoundRecord,
  StatusReportRecord,
} from '@pejling/contracts';
import { Page } from 'playwright-core';
import { screenshot, signInThroughForm, useBrowserApp } from '../support/browser';
import { typeDay } from '../support/dayField';
import { DEMO, Session } from '../support/session';
import { until } from '../support/until';

const ROUND_TITLE = 'Styregruppemøde juni 2017';
/** The day the owner says a milestone was done: the day before the demo's date. */
const DONE_ON = '2017-06-14';

/** The words the form uses for the milestone statuses the test chooses. */
const STATUS_WORDS: Record<string, string> = {
  planned: 'Planlagt',
  in_progress: 'I gang',
  delayed: 'Forsinket',
};

const list = (path: string, filter: object) =>
  `${path}?${new URLSearchParams({ filter: JSON.stringify(filter), range: '[0,499]' })}`;

/**
 * A reporting round from end to end in a browser: the secretariat creates and opens a
 * round, an owner answers it on the report form the round's e-mails link to (a milestone
 * marked done on the way, and a milestone someone else changed meanwhile), the
 * secretariat sees the answer on the completion board, closes the round, and reads the
 * report.
 */
describe('reporting rounds in the web app', () => {
  const web = useBrowserApp({ page: false });
  let secretariat: Page;
  let owner: Page;
  let api: Session;

  beforeAll(async () => {
    secretariat = await web.newPage();
    // Tall enough for the whole report form on one screen.
    owner = await web.newPage({ viewport: { width: 1280, height: 1200 } });
    api = new Session(web.app.url);
    expect((await api.signIn(DEMO.secretariat)).status).toBe(200);
  });

  async function getJson<T>(path: string): Promise<T> {
    const response = await api.fetch(`/api${path}`);
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  }

  let roundId: number;
  let initiative: { id: number; code: string };
  /** The milestone the owner marks done, and one someone else changes meanwhile. */
  let done: MilestoneRecord;
  let changedMeanwhile: MilestoneRecord;

  it('lets the secretariat create a round for the plan and open it', async () => {
    const page = secretariat;
    await page.goto(`${web.app.url}/#/reporting-rounds/create`);
    await signInThroughForm(page, DEMO.secretariat);
    await page.waitForURL(/#\/reporting-rounds\/create$/);

    // The demo has one strategy: it is chosen already.
    await page
      .getByRole('combobox', { name: /Strategi/ })
      .getByText('Klyngestrategi 2.0')
      .waitFor();
    await page.getByLabel(/^Titel/).fill(ROUND_TITLE);
    await typeDay(page.getByRole('group', { name: /^Frist for rapporter/ }), '2017-06-20');
    await typeDay(page.getByRole('group', { name: /^Styregruppemøde/ }), '2017-06-28');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();

    await page.waitForURL(/#\/reporting-rounds\/\d+\/show$/, { timeout: 20_000 });
    roundId = Number(page.url().match(/reporting-rounds\/(\d+)\/show/)?.[1]);
    await page.getByText(/Runden er en kladde/).waitFor();

    await page.getByRole('button', { name: 'Åbn runden' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Åbn »${ROUND_TITLE}«?`).waitFor();
    await dialog.getByText(/ligger det fast, hvilke initiativer/).waitFor();
    await dialog.getByRole('button', { name: 'Åbn runden' }).click();
    await page.getByText('Runden er åben for rapporter').waitFor({ timeout: 20_000 });
    await page.getByText(/Runden er åben: ejerne af rundens \d+ initiativer/).waitFor();

    const round = await getJson<ReportingRoundRecord>(`/reporting-rounds/${roundId}`);
    expect(round).toMatchObject({ state: 'open', title: ROUND_TITLE, dueDate: '2017-06-20' });
    expect(round.initiativeIds.length).toBeGreaterThan(0);

    // An initiative of the owner at UFM in the round, with two open milestones or more.
    const ufm = new Session(web.app.url);
    expect((await ufm.signIn(DEMO.ufm)).status).toBe(200);
    const me = (await (await ufm.fetch('/api/auth/me')).json()) as Me;
    for (const id of me.initiativeIds.filter((i) => round.initiativeIds.includes(i))) {
      const milestones = await getJson<MilestoneRecord[]>(
        list('/milestones', { initiativeId: id }),
      );
      const open = milestones
        .filter((m) => !['done', 'cancelled'].includes(m.status))
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
      if (open.length >= 2) {
        const { code } = await getJson<{ code: string }>(`/initiatives/${id}`);
        initiative = { id, code };
        [done, changedMeanwhile] = open;
        break;
      }
    }
    expect(initiative).toBeDefined();
  });

  it('lets the owner answer on the report form, with a milestone done, and submit', async () => {
    const page = owner;
    // The address the round's e-mails link to; the owner signs in first.
    await page.goto(`${web.app.url}/#/reporting-rounds/${roundId}/report/${initiative.id}`);
    await signInThroughForm(page, DEMO.ufm);
    await page.waitForURL(new RegExp(`#/reporting-rounds/${roundId}/report/${initiative.id}$`));
    await page.getByRole('heading', { name: new RegExp(`^${initiative.code} `) }).waitFor();

    await page.getByRole('radio', { name: 'Grøn' }).check();
    await page.getByLabel('Hvad er der sket?').fill('Workshoppen med klyngerne er holdt i juni.');
    await page.getByLabel('Risici og udfordringer').fill('Ingen nye.');
    await page.getByLabel('Næste skridt').fill('Opfølgning med universiteterne i august.');

    const row = page.getByTestId(`milestone-${done.id}`);
    await row.getByRole('combobox').click();
    await page.getByRole('option', { name: 'Færdig', exact: true }).click();
    // The menu fades out before the screenshot.
    await page.locator('.MuiMenu-root').waitFor({ state: 'detached' });
    await typeDay(row.getByRole('group', { name: /^Færdig den/ }), DONE_ON);
    await screenshot(page, 'rounds-owner-form');
    await page.getByRole('button', { name: 'Gem kladde' }).click();
    await page.getByText('Kladden er gemt').waitFor({ timeout: 20_000 });

    // The draft and the milestone were saved together.
    const [draft] = await getJson<StatusReportRecord[]>(
      list('/status-reports', { roundId, initiativeId: initiative.id, state: 'draft' }),
    );
    expect(draft).toMatchObject({ health: 'green', roundId, state: 'draft' });
    expect(await getJson<MilestoneRecord>(`/milestones/${done.id}`)).toMatchObject({
      status: 'done',
      completedOn: DONE_ON,
    });

    // Meanwhile the secretariat changes another of the initiative's milestones.
    const before = await getJson<MilestoneRecord>(`/milestones/${changedMeanwhile.id}`);
    const theirs = before.status === 'delayed' ? 'in_progress' : 'delayed';
    const ours = before.status === 'planned' ? 'in_progress' : 'planned';
    const put = await api.fetch(`/api/milestones/${before.id}`, {
      method: 'PUT',
      body: JSON.stringify({ ...before, status: theirs }),
    });
    expect(put.status).toBe(200);

    // The owner's change of that milestone is refused, said, and the form shows it anew.
    const other = page.getByTestId(`milestone-${changedMeanwhile.id}`);
    await other.getByRole('combobox').click();
    await page.getByRole('option', { name: STATUS_WORDS[ours], exact: true }).click();
    await page.getByRole('button', { name: 'Indsend' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByText(`Indsend statusrapporten for ${initiative.code}?`).waitFor();
    await dialog.getByText(/kan ikke ændres bagefter/).waitFor();
    await dialog.getByRole('button', { name: 'Indsend' }).click();
    await page
      .getByText(/er blevet ændret af en anden, mens du skrev/)
      .waitFor({ timeout: 20_000 });
    await other.getByRole('combobox').getByText(STATUS_WORDS[theirs]).waitFor();

    // Submitted again, with the milestone as it now is.
    await page.getByRole('button', { name: 'Indsend' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Indsend' }).click();
    await page.getByText('Tak! Din statusrapport er indsendt.').waitFor({ timeout: 20_000 });
    await page.getByTestId('submitted-report').getByText('Workshoppen med klyngerne').waitFor();
    await page.getByRole('button', { name: 'Skriv en rettelse' }).waitFor();
    // On to the next report asked of him, in one click.
    const next = page.getByTestId('next-request');
    await next.getByText(/^Næste rapport, der venter på dig: /).waitFor({ timeout: 20_000 });
    const onward = next.getByRole('link', { name: /^Rapportér for / });
    const nextPath = (await onward.getAttribute('href')) ?? '';
    expect(nextPath).toMatch(new RegExp(`^#/reporting-rounds/${roundId}/report/\\d+$`));
    expect(nextPath).not.toBe(`#/reporting-rounds/${roundId}/report/${initiative.id}`);
    await onward.click();
    await page.waitForURL((url) => url.hash === nextPath, { timeout: 20_000 });
    await page.getByRole('button', { name: 'Indsend' }).waitFor({ timeout: 20_000 });

    const [submitted] = await getJson<StatusReportRecord[]>(
      list('/status-reports', { roundId, initiativeId: initiative.id, state: 'submitted' }),
    );
    expect(submitted).toMatchObject({
      id: draft.id,
      health: 'green',
      summary: 'Workshoppen med klyngerne er holdt i juni.',
      state: 'submitted',
    });
    expect(await getJson<MilestoneRecord>(`/milestones/${changedMeanwhile.id}`)).toMatchObject({
      status: theirs,
    });
  });

  it('shows the answer on the completion board and lets the secretariat close the round', async () => {
    const page = secretariat;
    // The round's page has been open since the round was opened: load it anew.
    await page.goto(`${web.app.url}/#/reporting-rounds/${roundId}/show`);
    await page.reload();
    const row = page.locator('tbody tr', { hasText: initiative.code }).first();
    await row.locator('td.column-completion').getByText('Indsendt').waitFor({ timeout: 20_000 });
    await row.getByText('Peter Lund').first().waitFor();
    await page.getByText(/^1 indsendt, 0 som kladde/).waitFor();
    await screenshot(page, 'rounds-completion-board', { fullPage: true });

    // Meanwhile another initiative's report is drafted: the dialog counts it.
    const round = await getJson<ReportingRoundRecord>(`/reporting-rounds/${roundId}`);
    const drafted = round.initiativeIds.find((id) => id !== initiative.id);
    const draft = await api.fetch('/api/status-reports', {
      method: 'POST',
      body: JSON.stringify({ roundId, initiativeId: drafted, health: 'amber', state: 'draft' }),
    });
    expect(draft.status).toBe(201);
    const n = round.initiativeIds.length;
    await page.getByRole('button', { name: 'Luk runden' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByText(
        `Lige nu: 1 indsendt, 1 kun som kladde, ${n - 2} mangler – af ${n} initiativer i runden.`,
      )
      .waitFor({ timeout: 20_000 });
    await dialog
      .getByText(`${n - 1} initiativer har ikke indsendt en statusrapport til runden.`, {
        exact: false,
      })
      .waitFor();
    await dialog.getByText(/låses rapporten til styregruppen.*Det kan ikke fortrydes\./).waitFor();
    await screenshot(page, 'rounds-close-dialog');
    await dialog.getByRole('button', { name: 'Luk runden' }).click();
    await page.getByText('Runden er lukket, og rapporten er låst').waitFor({ timeout: 20_000 });
    await page.getByText(/^Runden blev lukket /).waitFor();
    // A closed round is neither closed again nor edited.
    await until('no Close or Edit on the closed round', async () =>
      (await page.getByRole('button', { name: 'Luk runden' }).count()) +
        (await page.getByRole('link', { name: 'Redigér' }).count()) ===
      0
        ? true
        : undefined,
    );
  });

  it("shows the closed round's report with the initiative's report, ready to print", async () => {
    const page = secretariat;
    await page.getByRole('link', { name: 'Se rapporten' }).click();
    await page.waitForURL(new RegExp(`#/reporting-rounds/${roundId}/report$`));
    await page.getByRole('heading', { name: ROUND_TITLE, level: 1 }).waitFor({ timeout: 20_000 });
    await page.getByText(/^Rapporten blev låst, da runden blev lukket \d/).waitFor();
    await page.locator('.report-document').getByText('Lukket', { exact: true }).waitFor();
    await page.getByText(/^1 af \d+ initiativer har indsendt en statusrapport/).waitFor();

    const entry = page.locator('article', {
      has: page.getByRole('heading', { name: new RegExp(`^${initiative.code} `) }),
    });
    await entry.getByText('Workshoppen med klyngerne er holdt i juni.').waitFor();
    await entry.getByText('Grøn', { exact: true }).waitFor();
    await entry.getByText(/^Indsendt af Peter Lund/).waitFor();
    expect(await page.getByText('Ingen statusrapport').count()).toBeGreaterThan(0);
    // An initiative that did not answer shows the latest report its owner sent before,
    // marked as not answering this round.
    expect(
      await page.getByText(/^Seneste rapport, indsendt .+ af .+, uden for runden$/).count(),
    ).toBeGreaterThan(0);

    // The PDF links lead to the server's rendering of the same report.
    const pdf = await page.getByRole('link', { name: 'PDF på dansk' }).getAttribute('href');
    expect(pdf).toBe(`/api/reporting-rounds/${roundId}/report.pdf?lang=da`);
    const download = await api.fetch(pdf as string);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/^application\/pdf/);
    await page.getByRole('button', { name: 'Udskriv' }).waitFor();
    await screenshot(page, 'rounds-report', { fullPage: true });

    // Printed: the document only, no app bar, menu or buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Profil' }).isVisible()).toBe(false);
    await screenshot(page, 'rounds-report-print', { fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows the initiative’s reports and its history in words, and the round’s in the history', async () => {
    const page = secretariat;
    await page.goto(`${web.app.url}/#/initiatives/${initiative.id}/show`);
    // The initiative's status reports, the latest first: the one just submitted.
    const reports = page.getByRole('region', { name: 'Statusrapporter' });
    const firstReport = reports.locator('tbody tr').first();
    await firstReport.waitFor({ timeout: 20_000 });
    await firstReport.getByText('Indsendt', { exact: true }).waitFor();
    await firstReport.getByText(ROUND_TITLE).waitFor();
    await firstReport.getByText('Peter Lund').waitFor();

    // Its history reads as sentences about named things, in Danish.
    const history = page.getByRole('region', { name: 'Historik' });
    await history.getByText('Status ændret fra Kladde til Indsendt').waitFor({ timeout: 20_000 });
    await history.getByText(`Rapporteringsrunde: ${ROUND_TITLE}`).first().waitFor();
    await history.getByText('Skrevet af: Peter Lund').first().waitFor();
    await history.getByText('Færdig den sat til 14. juni 2017').waitFor();
    await history.getByText(`Milepæl: ${done.title}`).first().waitFor();
    expect(await history.getByText(/draft|submitted|→/).count()).toBe(0);
    await screenshot(page, 'rounds-initiative-history', { fullPage: true });

    // The round's own changes: its state by name, its initiatives by code, cut short.
    await page.goto(
      `${web.app.url}/#/audit-events?${new URLSearchParams({
        filter: JSON.stringify({ resource: 'reporting-rounds' }),
      })}`,
    );
    // This round's, not the demo's March round's.
    const rows = page.locator('table tbody tr').filter({ hasText: ROUND_TITLE });
    await rows.getByText('Status ændret fra Åben til Lukket').waitFor({ timeout: 20_000 });
    await rows.getByText('Status ændret fra Kladde til Åben').waitFor();
    await rows
      .getByText(/^Initiativer i runden: [A-E]\.\d+, [A-E]\.\d+, [A-E]\.\d+ og \d+ andre$/)
      .waitFor();
    expect(await rows.getByText(`Rapporteringsrunde: ${ROUND_TITLE}`).count()).toBe(3);
    await screenshot(page, 'rounds-history', { fullPage: true });

    // A report's page is titled by its date and initiative in words, not by its number.
    await page.goto(`${web.app.url}/#/initiatives/${initiative.id}/show`);
    // Its date, not its round's link, which the row holds too.
    await reports.locator('tbody tr td').first().click();
    await page.waitForURL(/#\/status-reports\/\d+\/show$/, { timeout: 20_000 });
    await page
      .getByText(
        new RegExp(`^Statusrapport 15\\. juni 2017 om ${initiative.code.replace('.', '\\.')} `),
      )
      .first()
      .waitFor({ timeout: 20_000 });
  });

  it('shows the target figures the demo’s March round asked for: on its page, to their data owner and in its report', async () => {
    const [march] = await getJson<ReportingRoundRecord[]>(
      list('/reporting-rounds', { state: 'closed', q: 'marts 2017' }),
    );
    expect(march.figuresYear).toBe(2016);
    const page = secretariat;
    await page.goto(`${web.app.url}/#/reporting-rounds/${march.id}/show`);
    const figures = page.getByRole('region', { name: 'Tal til pejlemærkerne' });
    await figures
      .getByText(
        'Tal for 2016: 9 godkendt, 1 afventer godkendelse, 0 sendt retur, 0 mangler – af 10 tal.',
      )
      .waitFor({ timeout: 20_000 });
    // What still waits comes first: target 3's figure, proposed by UFM.
    const first = figures.locator('tbody tr').first();
    await first.getByText(/^3 Virksomheder i samarbejdsprojekter/).waitFor();
    await first.getByText('Afventer godkendelse').waitFor();

    // UFM, target 3's data owner, may still correct it where the round's e-mails lead.
    await owner.goto(`${web.app.url}/#/reporting-rounds/${march.id}/figures`);
    await owner.getByRole('heading', { name: 'Tal til pejlemærkerne for 2016' }).waitFor({
      timeout: 20_000,
    });
    await owner.getByRole('button', { name: /^Ret tallet for Virksomheder i samarbejds/ }).click();
    const dialog = owner.getByRole('dialog');
    await dialog.getByText('Ret tallet og send det til godkendelse igen').waitFor();
    expect(await dialog.getByLabel(/^År/).inputValue()).toBe('2016');
    await dialog.getByRole('button', { name: 'Annuller' }).click();

    // The frozen report lists them as they stood at closing.
    await page.goto(`${web.app.url}/#/reporting-rounds/${march.id}/report`);
    await page
      .getByRole('heading', { name: 'Tal til pejlemærkerne for 2016' })
      .waitFor({ timeout: 20_000 });
    await screenshot(page, 'rounds-figures-report', { fullPage: true });
  });
});
