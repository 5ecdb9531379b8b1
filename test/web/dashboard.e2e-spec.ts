import { fillSignInForm, msUntilShown, screenshot, useBrowserApp } from '../support/browser';

const STEERING = 'styregruppe@demo.pejling.dk';

/**
 * The steering group's story: sign in, land on the dashboard of the demo plan as of
 * 2017-06-15, read its figures and follow one to the records behind it.
 */
describe('the dashboard in a browser', () => {
  const web = useBrowserApp();

  it('lands the steering group on the dashboard, whose figures lead to the records', async () => {
    await web.page.goto(`${web.app.url}/#/`);
    await fillSignInForm(web.page, STEERING);
    const started = Date.now();
    await web.page.getByRole('button', { name: 'Log ind' }).click();

    // Rendered: the focus areas' table and the targets' cards are on the page.
    const rendered = await msUntilShown(
      web.page,
      () =>
        document.querySelectorAll('table[aria-label="Indsatsområder"] tbody tr').length === 6 &&
        Boolean(document.body.textContent?.includes('Pejlemærke 5')),
      started,
    );
    console.log(`dashboard rendered ${rendered} ms after signing in`);
    const areas = web.page.getByRole('table', { name: 'Indsatsområder' });

    expect(web.page.url()).toMatch(/#\/dashboard$/);
    await web.page.getByRole('heading', { name: 'Klyngestrategi 2.0' }).waitFor();
    await web.page.getByText(/Planperiode 1\. jan\. 2016 – 31\. dec\. 2018/).waitFor();
    await web.page.getByText('Tid gået af planperioden').waitFor();
    await web.page.getByText('Dag 532 af 1.096').waitFor();
    // Five focus areas and the whole plan.
    expect(await areas.locator('tbody tr').count()).toBe(6);
    expect(await areas.locator('tbody tr th').allInnerTexts()).toEqual([
      expect.stringMatching(/^A /),
      expect.stringMatching(/^B /),
      expect.stringMatching(/^C /),
      expect.stringMatching(/^D /),
      expect.stringMatching(/^E /),
      'Hele planen',
    ]);
    for (const n of [1, 2, 3, 4, 5])
      await web.page.getByText(`Pejlemærke ${n}`, { exact: true }).waitFor();
    // Target 2 has no number: the card says so.
    await web.page.getByText('Intet måltal').waitFor();
    // Each card names the initiatives that should move its target, by health in words, and
    // leads to exactly them.
    const linked = web.page.getByRole('link', { name: '4 initiativer skal flytte det' });
    expect(await linked.count()).toBe(3); // targets 1, 3 and 4
    const card = web.page.locator('article', { has: web.page.getByText('Pejlemærke 5') });
    await card.getByRole('link', { name: '1 initiativ skal flytte det' }).click();
    await web.page.getByText(/^1-1 af 1$/).waitFor({ timeout: 20_000 });
    await web.page.getByRole('cell', { name: 'D.3', exact: true }).waitFor();
    await web.page.goBack();
    await web.page.getByRole('heading', { name: /^Overskredne milepæle \(\d+\)$/ }).waitFor();
    await web.page.getByRole('heading', { name: /^Frist inden for 30 dage \(\d+\)$/ }).waitFor();
    // The steering group changes nothing: no edit or create actions.
    expect(await web.page.getByRole('link', { name: /^(Redigér|Opret)$/ }).count()).toBe(0);

    await screenshot(web.page, 'dashboard-steering-group', { fullPage: true });

    // "41 af 87 milepæle": each figure leads to the milestones it counts, and no others.
    const pace = web.page.locator('section', {
      has: web.page.getByRole('heading', { name: 'Tid og fremdrift' }),
    });
    for (const what of ['færdige milepæle', 'milepæle i alt']) {
      const figure = pace.getByRole('link', { name: new RegExp(`^Hele planen: \\d+ ${what}$`) });
      const count = Number(/: (\d+) /.exec((await figure.getAttribute('aria-label')) ?? '')?.[1]);
      expect(count).toBeGreaterThan(0);
      await figure.click();
      await web.page.waitForURL(/#\/milestones\?/);
      await web.page.getByText(new RegExp(`^1-\\d+ af ${count}$`)).waitFor({ timeout: 20_000 });
      await web.page.goBack();
      await pace.waitFor({ timeout: 20_000 });
    }

    // Focus area A's overdue milestones: the figure, then the list it leads to.
    const overdue = areas.getByRole('link', { name: /^A .*: \d+ overskredne milepæle$/ });
    const label = (await overdue.getAttribute('aria-label')) ?? '';
    const count = Number(/: (\d+) overskredne milepæle$/.exec(label)?.[1]);
    expect(count).toBeGreaterThan(0);
    await overdue.click();
    await web.page.waitForURL(/#\/milestones\?/);
    const filter = JSON.parse(
      new URL(web.page.url().replace('#/', '')).searchParams.get('filter') ?? '{}',
    );
    expect(filter).toEqual({ focusAreaId: expect.any(Number), overdue: true });
    const rows = web.page.locator('table tbody tr');
    await rows.first().waitFor({ timeout: 20_000 });
    await web.page.getByText(`1-${count} af ${count}`).waitFor({ timeout: 20_000 });
    expect(await rows.count()).toBe(count);
    expect(await web.page.locator('td.column-overdue').allInnerTexts()).toEqual(
      Array(count).fill(expect.stringContaining('Overskredet')),
    );
  });
});
