import type { MilestoneRecord } from '@pejling/contracts';
import { screenshot, signInThroughForm, useBrowserApp } from '../support/browser';
import { DEMO, Session } from '../support/session';
import { until } from '../support/until';

/**
 * Issue 6's story: the secretariat marks an overdue milestone done in the list and sees the
 * dashboard count it; then changes two more at once, found with the saved filter
 * "Overskredne". And an owner adds a file to a milestone.
 */
describe('changing milestones’ status in a browser', () => {
  const web = useBrowserApp({ page: { viewport: { width: 1400, height: 900 } } });

  /** The whole plan's milestones done and overdue, as the dashboard's table shows them. */
  async function planFigures(): Promise<{ done: number; overdue: number }> {
    await web.page.goto(`${web.app.url}/#/dashboard`);
    const areas = web.page.getByRole('table', { name: 'Indsatsområder' });
    const figure = async (what: string) => {
      const link = areas.getByRole('link', { name: new RegExp(`^Hele planen: \\d+ ${what}$`) });
      await link.waitFor({ timeout: 20_000 });
      const label = (await link.getAttribute('aria-label')) ?? '';
      return Number(/: (\d+) /.exec(label)?.[1]);
    };
    return {
      done: await figure('færdige milepæle'),
      overdue: await figure('overskredne milepæle'),
    };
  }

  /** Opens the milestone list, picks the saved filter "Overskredne" and answers how many it finds. */
  async function overdueList(): Promise<number> {
    // An empty filter: the list would otherwise come back with the one used last.
    await web.page.goto(`${web.app.url}/#/milestones?filter=%7B%7D`);
    await web.page
      .getByRole('button', { name: 'Overskredne', pressed: false })
      .click({ timeout: 20_000 });
    await web.page.getByRole('button', { name: 'Overskredne', pressed: true }).waitFor();
    await web.page.waitForURL(/overdue/);
    const total = web.page.getByText(/^1-\d+ af \d+$/);
    await total.waitFor({ timeout: 20_000 });
    // The total and the rows settle on the filtered list: until then they may still be the
    // whole list's, whose rows are not all overdue.
    return until(
      'the overdue milestones listed',
      async () => {
        const count = Number(/af (\d+)$/.exec(await total.innerText())?.[1]);
        const overdue = await web.page.locator('td.column-overdue').allInnerTexts();
        const allOverdue = overdue.every((text) => text.includes('Overskredet'));
        return overdue.length === Math.min(count, 25) && allOverdue && count;
      },
      20_000,
    );
  }

  it('marks an overdue milestone done inline, then two at once, and the dashboard counts them', async () => {
    await web.page.goto(`${web.app.url}/#/`);
    await signInThroughForm(web.page, DEMO.secretariat);
    const before = await planFigures();
    expect(before.overdue).toBeGreaterThan(3);

    // One milestone, in its row: the select names the milestone it changes.
    const overdueBefore = await overdueList();
    const firstRow = web.page.locator('table tbody tr').first();
    const title = await firstRow.locator('td.column-title').innerText();
    const select = firstRow.getByRole('combobox', { name: `Status for milepælen »${title}«` });
    await select.click();
    await web.page.getByRole('option', { name: 'Færdig' }).click();
    await web.page.getByText(`Milepælen »${title}« har nu status Færdig.`).waitFor();
    await firstRow
      .getByRole('combobox', { name: /Status for milepælen/ })
      .filter({ hasText: 'Færdig' })
      .waitFor();
    await web.page.getByRole('listbox').waitFor({ state: 'detached' });
    await screenshot(web.page, 'milestones-inline-done', { fullPage: true });

    const afterOne = await planFigures();
    expect(afterOne).toEqual({ done: before.done + 1, overdue: before.overdue - 1 });

    // Two more, selected in the list and changed together.
    expect(await overdueList()).toBe(overdueBefore - 1);
    const rows = web.page.locator('table tbody tr');
    for (const n of [0, 1]) {
      // react-admin labels the checkbox's wrapper, not its input: found by role alone.
      await rows.nth(n).getByRole('checkbox').check();
    }
    await web.page.getByRole('button', { name: 'Skift status' }).click();
    const dialog = web.page.getByRole('dialog', { name: 'Skift status for 2 milepæle' });
    await dialog.getByRole('combobox', { name: 'Ny status' }).click();
    await web.page.getByRole('option', { name: 'Færdig' }).click();
    await web.page.getByRole('listbox').waitFor({ state: 'detached' });
    await screenshot(web.page, 'milestones-bulk-status', { fullPage: true });
    await dialog.getByRole('button', { name: 'Skift' }).click();
    await web.page.getByText('2 milepæle har fået status Færdig.').waitFor();
    // The list reloads: the two are no longer overdue.
    await web.page
      .getByText(new RegExp(`^1-\\d+ af ${overdueBefore - 3}$`))
      .waitFor({ timeout: 20_000 });

    expect(await planFigures()).toEqual({ done: before.done + 3, overdue: before.overdue - 3 });
  });

  it('on the initiative page, tells the person when someone else changed the milestone first', async () => {
    const other = new Session(web.app.url);
    await other.signIn(DEMO.secretariat);
    const query = new URLSearchParams({
      filter: JSON.stringify({ status: ['planned', 'in_progress'] }),
      range: '[0,0]',
    });
    const [milestone] = (await (
      await other.fetch(`/api/milestones?${query}`)
    ).json()) as MilestoneRecord[];

    await web.page.goto(`${web.app.url}/#/initiatives/${milestone.initiativeId}/show`);
    await signInThroughForm(web.page, DEMO.secretariat);
    const select = web.page.getByRole('combobox', {
      name: `Status for milepælen »${milestone.title}«`,
    });
    await select.waitFor({ timeout: 20_000 });

    // Someone else cancels it after the page was loaded.
    const put = await other.fetch(`/api/milestones/${milestone.id}`, {
      method: 'PUT',
      body: JSON.stringify({ ...milestone, status: 'cancelled' }),
    });
    expect(put.status).toBe(200);

    await select.click();
    await web.page.getByRole('option', { name: 'Færdig' }).click();
    await web.page
      .getByText(
        `En anden har ændret milepælen »${milestone.title}«, mens du så på den. Din ændring er ikke gemt. Den gemte status er Annulleret`,
      )
      .waitFor();
    await select.filter({ hasText: 'Annulleret' }).waitFor();
    await screenshot(web.page, 'milestones-conflict', { fullPage: true });

    // Now that the page shows what is stored, the change goes through.
    await select.click();
    await web.page.getByRole('option', { name: 'Færdig' }).click();
    // Saved once the select shows the status and can be used again (the conflict's notice
    // may still hold back the toast that says so).
    await select.filter({ hasText: 'Færdig' }).waitFor();
    await until('the status saved', async () => (await select.isEnabled()) || undefined, 20_000);
    const stored = (await (
      await other.fetch(`/api/milestones/${milestone.id}`)
    ).json()) as MilestoneRecord;
    expect(stored).toMatchObject({ status: 'done', completedOn: '2017-06-15' });
  });

  it('lets an owner add a file to a milestone, which is then listed for download', async () => {
    // A.1's first milestone, which the demo gave its minutes (invented demo content).
    await web.page.goto(`${web.app.url}/#/milestones/1/show`);
    await signInThroughForm(web.page, DEMO.ufm);
    const files = web.page.getByRole('region', { name: 'Bilag' });
    await files
      .getByRole('link', { name: 'referat-dialogmoede-universiteter.pdf' })
      .waitFor({ timeout: 20_000 });
    const csv = 'navn;organisation\nMette Jensen;UFM\n';
    await files
      .getByLabel('Vælg en fil at tilføje som bilag')
      .setInputFiles({ name: 'deltagere.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await files.getByText('Bilaget deltagere.csv er tilføjet.').waitFor({ timeout: 20_000 });
    const link = files.getByRole('link', { name: 'deltagere.csv' });
    await screenshot(web.page, 'milestone-attachments', { fullPage: true });

    // The link downloads the file as it was sent, never to be shown as a page.
    const download = await web.page.request.get(`${web.app.url}${await link.getAttribute('href')}`);
    expect(download.headers()).toMatchObject({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename=deltagere.csv',
      'x-content-type-options': 'nosniff',
    });
    expect(await download.text()).toBe(csv);
  });

  it('shows the steering group statuses as chips, with nothing to change', async () => {
    await web.page.goto(`${web.app.url}/#/milestones`);
    await signInThroughForm(web.page, DEMO.steering);
    await web.page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    await web.page.getByRole('button', { name: 'Overskredne' }).waitFor();
    expect(await web.page.getByRole('combobox', { name: /Status for milepælen/ }).count()).toBe(0);
    expect(await web.page.locator('table').getByRole('checkbox').count()).toBe(0);
  });
});
