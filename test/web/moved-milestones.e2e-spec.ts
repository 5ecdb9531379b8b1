import type { IsoDate, MilestoneRecord } from '@pejling/contracts';
import { Locator, Page } from 'playwright-core';
import { screenshot, signInThroughForm, useBrowserApp } from '../support/browser';
import { dayShown, typeDay, typedDay } from '../support/dayField';
import { DEMO, Session } from '../support/session';
import { until } from '../support/until';

/** The demo's today (`PEJLING_TODAY`). */
const TODAY = '2017-06-15';
/** Where the secretariat moves the milestone's deadline: later than any the demo plans. */
const NEW_DUE = '2018-11-30';

/** A day as the web app writes it in Danish: "31. mar. 2017". */
const danishDay = (day: IsoDate) =>
  new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/**
 * Issue 13, point 10: a milestone whose deadline has moved keeps the date it was planned
 * with. The secretariat moves one in the edit form; the milestone, its initiative, the
 * milestone list's ready filter, the dashboard and the timeline all say "Flyttet fra" the
 * planned date, so that a deadline pushed back does not look as if it had always been that
 * late.
 */
describe('a moved milestone in a browser', () => {
  // One page for the whole story: each test goes on from where the one before left off.
  const web = useBrowserApp({ page: false });
  let page: Page;
  let milestone: MilestoneRecord;
  /** The whole plan's moved milestones on the dashboard before the move. */
  let movedBefore: number;
  /** The due date it was planned with, in Danish: the one it has before the move. */
  let planned: string;
  /** What the due date's cell says once moved: the new date, and under it the planned one. */
  let movedDueDate: string;

  beforeAll(async () => {
    page = await web.newPage();
    // The first milestone still planned and due ahead of today, as the demo has it.
    const api = new Session(web.app.url);
    expect((await api.signIn(DEMO.secretariat)).status).toBe(200);
    const query = new URLSearchParams({
      filter: JSON.stringify({ status: ['planned'], dueFrom: TODAY }),
      sort: JSON.stringify(['dueDate', 'ASC']),
      range: '[0,499]',
    });
    const candidates = (await (
      await api.fetch(`/api/milestones?${query}`)
    ).json()) as MilestoneRecord[];
    const unmoved = candidates.find((m) => !m.moved);
    if (!unmoved) throw new Error('the demo has no planned milestone ahead of today');
    milestone = unmoved;
    expect(milestone.dueDate < NEW_DUE).toBe(true);
    planned = danishDay(milestone.dueDate);
    movedDueDate = `${danishDay(NEW_DUE)}\nFlyttet fra ${planned}`;
  });

  /** The dashboard's link to the whole plan's moved milestones, and the count it says. */
  async function planMovedFigure() {
    await page.goto(`${web.app.url}/#/dashboard`);
    const areas = page.getByRole('table', { name: 'Indsatsområder' });
    await areas.getByRole('columnheader', { name: 'Flyttet' }).waitFor({ timeout: 20_000 });
    const link = areas.getByRole('link', { name: /^Hele planen: \d+ flyttede milepæle$/ });
    const label = (await link.getAttribute('aria-label')) ?? '';
    return { link, count: Number(/: (\d+) /.exec(label)?.[1]) };
  }

  /** The due date's cell in the row of the milestone, in the table on the page. */
  const dueDateCell = (scope: Locator) =>
    scope.locator('tbody tr', { hasText: milestone.title }).locator('td.column-dueDate');

  it('lets the secretariat move the due date in the edit form; the milestone shows both dates', async () => {
    await page.goto(`${web.app.url}/#/dashboard`);
    await signInThroughForm(page, DEMO.secretariat);
    movedBefore = (await planMovedFigure()).count;
    expect(Number.isInteger(movedBefore)).toBe(true);

    await page.goto(`${web.app.url}/#/milestones/${milestone.id}/show`);
    await page.getByRole('link', { name: 'Redigér' }).click({ timeout: 20_000 });
    await page.waitForURL(new RegExp(`#/milestones/${milestone.id}$`));
    const dueDate = page.getByRole('group', { name: /^Frist/ });
    await dueDate.waitFor({ timeout: 20_000 });
    expect(await dayShown(dueDate)).toBe(typedDay(milestone.dueDate));
    await typeDay(dueDate, NEW_DUE);
    await page.getByRole('button', { name: 'Gem', exact: true }).click();

    // Saved, the show page: the new due date with the planned one under it.
    await page.waitForURL(new RegExp(`#/milestones/${milestone.id}/show$`), { timeout: 20_000 });
    const movedFrom = page.getByText(`Flyttet fra ${planned}`);
    await movedFrom.waitFor({ timeout: 20_000 });
    expect(await movedFrom.locator('..').innerText()).toBe(movedDueDate);
    await screenshot(page, 'moved-milestone-show', { fullPage: true });
  });

  it("says so in the initiative's milestones", async () => {
    await page.goto(`${web.app.url}/#/initiatives/${milestone.initiativeId}/show`);
    const milestones = page.getByRole('region', { name: 'Milepæle' });
    const cell = dueDateCell(milestones);
    await cell.waitFor({ timeout: 20_000 });
    expect(await cell.innerText()).toBe(movedDueDate);
  });

  it('is listed by the milestone list’s ready filter "Flyttede milepæle"', async () => {
    // An empty filter: the list would otherwise come back with the one used last.
    await page.goto(`${web.app.url}/#/milestones?filter=%7B%7D`);
    await page
      .getByRole('button', { name: 'Flyttede milepæle', pressed: false })
      .click({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Flyttede milepæle', pressed: true }).waitFor();
    await page.waitForURL(/moved/);
    // Only moved milestones, each saying where from. The list shows the rows it had until
    // the filtered ones come.
    const dueDates = page.locator('tbody td.column-dueDate');
    await until('only moved milestones in the list', async () => {
      const shown = await dueDates.allInnerTexts();
      return shown.length > 0 && shown.every((text) => text.includes('\nFlyttet fra '));
    });
    expect(await dueDateCell(page.locator('table')).innerText()).toBe(movedDueDate);
    await screenshot(page, 'moved-milestones-filter', { fullPage: true });
  });

  it("is counted in the dashboard's column Flyttet, whose figure leads to it", async () => {
    const { link, count } = await planMovedFigure();
    expect(count).toBe(movedBefore + 1);
    await screenshot(page, 'moved-milestones-dashboard', { fullPage: true });
    await link.click();
    await page.waitForURL(/#\/milestones\?.*moved/);
    await page.getByText(new RegExp(`^1-${count} af ${count}$`)).waitFor({ timeout: 20_000 });
    const cell = dueDateCell(page.locator('table'));
    await cell.waitFor({ timeout: 20_000 });
    expect(await cell.innerText()).toBe(movedDueDate);
  });

  it("names the planned date in the milestone's marker on the timeline", async () => {
    await page.goto(`${web.app.url}/#/timeline`);
    const marker = page.locator(
      `[data-testid="timeline-marker"][href="#/milestones/${milestone.id}/show"]`,
    );
    await marker.waitFor({ timeout: 20_000 });
    expect(await marker.getAttribute('aria-label')).toBe(
      `${milestone.title}, frist ${danishDay(NEW_DUE)} – Flyttet fra ${planned}, Planlagt`,
    );
  });
});
