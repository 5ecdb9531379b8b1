import { msUntilShown, screenshot, signInThroughForm, useBrowserApp } from '../support/browser';

/** The demo account `npm start` seeds (the password is the demo one). */
const STEERING = 'styregruppe@demo.pejling.dk';
const SECRETARIAT = 'sekretariat@demo.pejling.dk';
/** A target's initiatives, as its page heads them, and the way to change them. */
const LINKED = 'Initiativer, der skal flytte pejlemærket';
const EDIT_LINKS = 'Redigér pejlemærket og dets initiativer';

describe('the timeline and the targets in a browser', () => {
  const web = useBrowserApp();

  const markers = () => web.page.getByTestId('timeline-marker');

  it('shows the steering group the plan over time; a marker opens its milestone', async () => {
    await web.page.goto(`${web.app.url}/#/initiatives`);
    await signInThroughForm(web.page, STEERING);

    // From the menu, as a person would: navigation to a rendered timeline.
    const started = Date.now();
    await web.page.getByRole('menuitem', { name: 'Tidslinje' }).click();
    const rendered = await msUntilShown(
      web.page,
      () => document.querySelector('[data-testid="timeline-marker"]') !== null,
      started,
    );
    console.log(`timeline rendered ${rendered} ms after navigation`);

    // The demo plan: 5 focus areas, 20 initiatives, 89 milestones, and today's line.
    expect(await web.page.getByRole('heading', { level: 3 }).count()).toBe(5);
    expect(
      await web.page.locator('[data-testid="timeline"] a[href*="/initiatives/"]').count(),
    ).toBe(20);
    expect(await markers().count()).toBe(89);
    expect(await web.page.getByText('I dag', { exact: true }).count()).toBeGreaterThan(0);
    // Overdue milestones are named as such, not shown by colour alone.
    expect(
      await web.page.locator('[data-status="overdue"][aria-label*="Overskredet"]').count(),
    ).toBeGreaterThan(0);
    // An initiative's health is a traffic light, not a milestone's marker: the legend says
    // what each lamp means, apart from the milestones' marks.
    const lights = web.page.getByRole('list', { name: 'Initiativernes trafiklys' });
    expect(await lights.getByRole('listitem').allInnerTexts()).toEqual([
      'Grøn',
      'Gul',
      'Rød',
      'Ikke vurderet',
    ]);
    const milestoneMarks = web.page.getByRole('list', { name: 'Milepæle' });
    expect(await milestoneMarks.getByText('Færdig', { exact: true }).count()).toBe(1);
    const rowLights = web.page.locator('[data-testid="timeline"] [data-testid="health-mark"]');
    expect(await rowLights.count()).toBe(20);
    const amber = rowLights.and(web.page.locator('[data-health="amber"]')).first();
    expect(await amber.getAttribute('aria-label')).toBe('Trafiklys: Gul');
    // Its lamps are circles in a housing: no path of a milestone's marker.
    expect(await amber.locator('path').count()).toBe(0);
    expect(await amber.locator('circle').count()).toBe(3);
    // Nothing to change here for the steering group.
    expect(await web.page.getByRole('link', { name: 'Redigér' }).count()).toBe(0);
    expect(await web.page.getByRole('link', { name: 'Opret' }).count()).toBe(0);
    await screenshot(web.page, 'timeline-whole-period', { fullPage: true });

    // Zoomed to the quarter of today (2017-06-15): fewer markers, the quarter named.
    await web.page.getByRole('button', { name: 'Kvartal' }).click();
    await web.page.getByTestId('timeline-window').getByText('2. kvartal 2017').waitFor();
    const inQuarter = await markers().count();
    expect(inQuarter).toBeGreaterThan(0);
    expect(inQuarter).toBeLessThan(89);
    await screenshot(web.page, 'timeline-quarter', { fullPage: true });
    await web.page.getByRole('button', { name: 'År' }).click();
    await web.page.getByTestId('timeline-window').getByText('2017').waitFor();
    await screenshot(web.page, 'timeline-year', { fullPage: true });

    // A marker is a link, reachable from the keyboard, that opens its milestone.
    const marker = markers().first();
    const label = (await marker.getAttribute('aria-label')) ?? '';
    const title = label.split(', frist ')[0];
    await marker.focus();
    await web.page.keyboard.press('Enter');
    await web.page.waitForURL(/#\/milestones\/\d+\/show$/, { timeout: 20_000 });
    await web.page.getByText(title, { exact: true }).first().waitFor({ timeout: 20_000 });
  });

  it("shows the steering group a target's chart and measurements, without entry", async () => {
    await web.page.goto(`${web.app.url}/#/targets`);
    await signInThroughForm(web.page, STEERING);
    await web.page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    await web.page.locator('table tbody tr').first().click();
    await web.page.getByTestId('target-year-chart').waitFor({ timeout: 20_000 });
    await web.page.getByTestId('target-measurements').waitFor({ timeout: 20_000 });
    expect(await web.page.getByText('Lige linje fra udgangspunkt til mål').count()).toBeGreaterThan(
      0,
    );
    expect(await web.page.getByRole('button', { name: 'Ny måling' }).count()).toBe(0);
    expect(await web.page.getByRole('link', { name: 'Redigér' }).count()).toBe(0);

    // Will we make it: the line's figure for the demo's year, the latest approved value
    // against it, and where the trend of 2014–2016 (1.600, 1.720, 1.810) leads by 2018.
    await web.page
      .getByText('Linjen fra udgangspunkt til mål forventer 1.900 i 2017.', { exact: false })
      .waitFor();
    await web.page.getByText('Seneste måling, 1.810 (2016), er på sporet.').first().waitFor();
    await web.page
      .getByText(/bliver det 2\.025 i 2018 \(lineær tendens .*, af 3 målinger 2014–2016\)/)
      .first()
      .waitFor();

    // The initiatives that should move target 1, each link the text does not state marked
    // so in words; the steering group reads them and changes nothing.
    const linked = web.page.getByRole('region', { name: LINKED });
    const rows = linked.locator('tbody tr');
    await rows.first().waitFor({ timeout: 20_000 });
    expect(await rows.locator('td.column-code').allInnerTexts()).toEqual([
      'A.4',
      'C.3',
      'D.2',
      'E.3',
    ]);
    expect(await linked.getByText('Udledt', { exact: true }).count()).toBe(4);
    expect(await web.page.getByRole('link', { name: EDIT_LINKS }).count()).toBe(0);
    await screenshot(web.page, 'target-chart-steering', { fullPage: true });

    // On a phone, the initiatives become cards, each a link to its initiative, and the
    // measurements stand one under another: the page does not scroll sideways.
    await web.page.setViewportSize({ width: 390, height: 844 });
    await web.page.getByTestId('target-measurements').getByRole('listitem').first().waitFor();
    expect(await linked.getByRole('link', { name: /^A\.4 / }).count()).toBe(1);
    expect(await web.page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  });

  it('opens a target from the list by keyboard, and shows the targets as cards on a phone', async () => {
    await web.page.goto(`${web.app.url}/#/targets`);
    await signInThroughForm(web.page, STEERING);
    // A row opens on a click; its title is the link a keyboard opens it by.
    const title = web.page.locator('table tbody tr').first().getByRole('link').first();
    await title.waitFor({ timeout: 20_000 });
    const name = await title.innerText();
    await title.focus();
    await web.page.keyboard.press('Enter');
    await web.page.waitForURL(/#\/targets\/\d+\/show$/, { timeout: 20_000 });
    await web.page.getByTestId('target-measurements').waitFor({ timeout: 20_000 });

    await web.page.setViewportSize({ width: 390, height: 844 });
    await web.page.goto(`${web.app.url}/#/targets`);
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const card = web.page.getByRole('link', { name: new RegExp(`^\\d+ ${escaped}`) });
    await card.waitFor({ timeout: 20_000 });
    expect(await web.page.locator('table').count()).toBe(0);
    expect(await web.page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await card.click();
    await web.page.waitForURL(/#\/targets\/\d+\/show$/, { timeout: 20_000 });
  });

  it('lets the secretariat link another initiative to a target, with how it contributes', async () => {
    const page = await web.newPage();
    await page.goto(`${web.app.url}/#/targets`);
    await signInThroughForm(page, SECRETARIAT);
    await page.getByRole('row', { name: /Guld- og Sølvklynger/ }).click({ timeout: 20_000 });
    const linked = page.getByRole('region', { name: LINKED });
    await linked.getByRole('cell', { name: 'D.3', exact: true }).waitFor({ timeout: 20_000 });
    expect(await linked.getByText('Udledt', { exact: true }).count()).toBe(0);

    await page.getByRole('link', { name: EDIT_LINKS }).click();
    await page.getByRole('button', { name: 'Tilføj' }).click();
    const picker = page.getByRole('combobox', { name: 'Initiativ' }).last();
    await picker.fill('D.4');
    await page.getByRole('option', { name: /^D\.4 / }).click();
    await page.getByRole('textbox', { name: 'Bidrag' }).last().fill('Flere spirende klynger op');
    await page.getByLabel('Udledt').last().check();
    await page.getByRole('button', { name: 'Gem' }).click();

    await page.waitForURL(/#\/targets\/\d+\/show$/, { timeout: 20_000 });
    await linked.getByRole('cell', { name: 'D.4', exact: true }).waitFor({ timeout: 20_000 });
    await linked.getByText('Flere spirende klynger op').waitFor();
    expect(await linked.getByText('Udledt', { exact: true }).count()).toBe(1);
    await screenshot(page, 'target-links-edited', { fullPage: true });
    await page.context().close();
  });
  it('shows the steering group the plan by region: target 2’s figures, the organisations and their initiatives', async () => {
    await web.page.goto(`${web.app.url}/#/initiatives`);
    await signInThroughForm(web.page, STEERING);
    await web.page.getByRole('menuitem', { name: 'Regioner' }).click();
    await web.page
      .getByRole('heading', { name: 'Regioner', level: 1 })
      .waitFor({ timeout: 20_000 });
    // Hovedstaden first; Syddanmark chosen from the list.
    await web.page.getByRole('heading', { name: 'Hovedstaden', level: 2 }).waitFor();
    await web.page.getByRole('combobox', { name: 'Vælg region' }).click();
    await web.page.getByRole('option', { name: 'Syddanmark' }).click();
    await web.page.getByRole('heading', { name: 'Syddanmark', level: 2 }).waitFor();

    // Target 2's approved figures for the region, by year, as a table.
    const values = web.page.getByRole('table').filter({ hasText: 'Pejlemærke 2' });
    expect(await values.locator('thead th').allInnerTexts()).toEqual(['Serie', '2015', '2016']);
    await values
      .getByRole('rowheader', { name: 'Virksomheder med nye innovationer pr. region' })
      .waitFor();
    expect(await values.locator('tbody td').allInnerTexts()).toEqual(['330', '350']);
    // Its organisation, and the initiatives it leads (B.3, beside UFM) or is a partner in.
    await web.page.getByRole('link', { name: 'Vækstforum Syddanmark' }).waitFor();
    const initiatives = web.page.getByRole('table').filter({ hasText: 'Regionens rolle' });
    const b3 = initiatives.getByRole('row').filter({ hasText: 'B.3' });
    await b3.getByText('Ansvarlig organisation (VF-SD)').waitFor();
    const a2 = initiatives.getByRole('row').filter({ hasText: 'A.2' });
    await a2.getByText('Partner (VF-SD)').waitFor();
    await screenshot(web.page, 'regions-steering', { fullPage: true });

    // On a phone, the initiatives stand one under another, each with its role in words; the
    // figures by year scroll in a box of their own, which a keyboard can focus.
    await web.page.setViewportSize({ width: 390, height: 844 });
    const stacked = web.page.getByRole('listitem').filter({ hasText: 'B.3' });
    await stacked.getByText('Ansvarlig organisation (VF-SD)').waitFor();
    await stacked.getByRole('link').first().waitFor();
    expect(await web.page.getByRole('table').filter({ hasText: 'Regionens rolle' }).count()).toBe(
      0,
    );
    const box = web.page.getByRole('region', { name: /^Pejlemærke 2/ });
    expect(await box.getAttribute('tabindex')).toBe('0');
    expect(await web.page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  });
});
