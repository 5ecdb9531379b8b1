import type { MeasurementRecord, RoundReport, TargetRecord } from '@pejling/contracts';
import {
  fillSignInForm,
  msUntilShown,
  screenshot,
  signInThroughForm,
  useBrowserApp,
} from '../support/browser';
import { accessibilityViolations } from '../support/axe';
import { DEMO, Session } from '../support/session';

const STEERING = 'styregruppe@demo.pejling.dk';

/** A one-page PDF, as small as a reader accepts. */
const MINIMAL_PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

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
  it('is drawn on a phone without react-admin, the same figures, and hands its links to the app', async () => {
    const phone = await web.newPage({ viewport: { width: 390, height: 844 } });
    try {
      const scripts: string[] = [];
      const reads: string[] = [];
      phone.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (request.resourceType() === 'script') scripts.push(path);
        if (path === '/api/dashboard') reads.push(path);
      });
      await phone.goto(`${web.app.url}/#/`);
      await signInThroughForm(phone, STEERING);
      await phone.waitForURL(/#\/dashboard$/, { timeout: 20_000 });
      await phone.getByRole('heading', { level: 1, name: 'Overblik' }).waitFor({ timeout: 20_000 });
      await phone.getByRole('heading', { name: 'Klyngestrategi 2.0' }).waitFor();
      await phone.getByText('Dag 532 af 1.096').waitFor();
      await phone.getByText('Pejlemærke 5', { exact: true }).waitFor({ timeout: 20_000 });
      // The owner's frame drew it: none of react-admin's code, nor the app's.
      expect(scripts.filter((script) => /\/(react-admin|renderApp|vendor)-/.test(script))).toEqual(
        [],
      );
      expect(scripts.some((script) => script.includes('FramedDashboard'))).toBe(true);
      expect(reads).toHaveLength(1);
      expect(await accessibilityViolations(phone)).toEqual([]);
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await screenshot(phone, 'dashboard-phone', { fullPage: true });

      // Reloaded, the entry asks for the dashboard once, before the frame's code is there.
      reads.length = 0;
      await phone.reload();
      await phone.getByText('Pejlemærke 5', { exact: true }).waitFor({ timeout: 20_000 });
      expect(reads).toHaveLength(1);

      // A figure leads to its records: the app draws them, and Back the dashboard again.
      const card = phone.locator('article', { has: phone.getByText('Pejlemærke 5') });
      await card.getByRole('link', { name: '1 initiativ skal flytte det' }).click();
      await phone
        .getByText(/^D\.3\b/)
        .first()
        .waitFor({ timeout: 20_000 });
      expect(scripts.some((script) => script.includes('renderApp'))).toBe(true);
      await phone.goBack();
      await phone.getByText('Pejlemærke 5', { exact: true }).waitFor({ timeout: 20_000 });
    } finally {
      await phone.close();
    }
  });

  it('takes a figure from its data owner through the secretariat’s approval to the target, the dashboard and the meeting pack', async () => {
    const secretariat = new Session(web.app.url);
    expect((await secretariat.signIn(DEMO.secretariat)).status).toBe(200);
    const targets = (await (await secretariat.fetch('/api/targets')).json()) as TargetRecord[];
    const target3 = targets.find((t) => t.number === 3) as TargetRecord;
    const before = target3.assessment;
    // The demo's data owner of target 3 is UFM, with Peter Lund (ufm@) named.
    const page = web.page;
    await page.goto(`${web.app.url}/#/targets/${target3.id}/show`);
    await signInThroughForm(page, DEMO.ufm);
    await page.goto(`${web.app.url}/#/targets/${target3.id}/show`);
    await page.getByRole('button', { name: 'Foreslå et tal' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('År').fill('2017');
    await dialog.getByLabel(/^Værdi/).fill('2300');
    await dialog.getByLabel(/^Kilde/).fill('UFM, netværkernes indberetninger 2017');
    await dialog.getByRole('button', { name: 'Send til godkendelse' }).click();
    await page.getByText('Tallet er sendt til sekretariatets godkendelse').waitFor();
    // Then its evidence: a PDF, attached in the same dialog.
    await dialog.getByText('Vedhæft dokumentation for tallet').waitFor();
    await dialog.getByLabel('Vælg en fil at tilføje som bilag').setInputFiles({
      name: 'indberetninger-2017.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(MINIMAL_PDF),
    });
    await dialog.getByText('Bilaget indberetninger-2017.pdf er tilføjet.').waitFor();
    await dialog.getByRole('button', { name: 'Færdig' }).click();
    const measurements = page.getByTestId('target-measurements');
    const row = measurements.locator('tr', { hasText: '2.300' });
    await row.getByText('Afventer godkendelse').waitFor();
    await screenshot(page, 'target-figure-proposed', { fullPage: true });

    // Another owner does not speak for UFM's data.
    const ced = new Session(web.app.url);
    expect((await ced.signIn(DEMO.ced)).status).toBe(200);
    const refused = await ced.fetch('/api/measurements', {
      method: 'POST',
      body: JSON.stringify({
        targetId: target3.id,
        seriesKey: 'main',
        year: 2018,
        value: 1,
        source: 'CED',
      }),
    });
    expect(refused.status).toBe(403);

    // The secretariat sees it waiting on the dashboard and approves it on the target's page.
    const office = await web.newPage();
    await office.goto(`${web.app.url}/#/dashboard`);
    await signInThroughForm(office, DEMO.secretariat);
    await office.goto(`${web.app.url}/#/dashboard`);
    const card = office.locator('article', { has: office.getByText('Pejlemærke 3') });
    await card
      .getByRole('link', { name: '2 tal afventer godkendelse og tæller ikke med endnu' })
      .click();
    await office.waitForURL(new RegExp(`#/targets/${target3.id}/show$`));
    const waiting = (await (
      await secretariat.fetch(
        `/api/measurements?filter=${JSON.stringify({ targetId: target3.id, year: 2017 })}`,
      )
    ).json()) as MeasurementRecord[];
    const approvedId = waiting[0].id;
    await office.getByRole('button', { name: 'Godkend tallet 2017: 2.300' }).click();
    await office.getByText('Tallet er godkendt og tæller nu med').waitFor();
    await office
      .getByTestId('target-measurements')
      .locator('tr', { hasText: '2.300' })
      .getByText('Godkendt')
      .waitFor();

    // Its evidence is there for the secretariat to read, and frozen now it is approved.
    const files = (await (
      await secretariat.fetch(
        `/api/attachments?filter=${JSON.stringify({ parentType: 'measurement', parentId: approvedId })}`,
      )
    ).json()) as { fileName: string }[];
    expect(files.map((f) => f.fileName)).toEqual(['indberetninger-2017.pdf']);

    // Now it counts: the target's assessment, the dashboard's card, the next meeting pack.
    const after = (await (
      await secretariat.fetch(`/api/targets/${target3.id}`)
    ).json()) as TargetRecord;
    expect(after.assessment?.method.latest).toEqual({ year: 2017, value: 2300 });
    expect(after.assessment).not.toEqual(before);
    await office.goto(`${web.app.url}/#/dashboard`);
    const updated = office.locator('article', { has: office.getByText('Pejlemærke 3') });
    await updated.getByText('2.300').first().waitFor();
    await updated
      .getByRole('link', { name: '1 tal afventer godkendelse og tæller ikke med endnu' })
      .waitFor();
    const [strategy] = (await (await secretariat.fetch('/api/strategies')).json()) as {
      id: number;
    }[];
    const created = await secretariat.fetch('/api/reporting-rounds', {
      method: 'POST',
      body: JSON.stringify({
        strategyId: strategy.id,
        title: 'Styregruppemøde september 2017',
        dueDate: '2017-08-31',
        meetingDate: '2017-09-07',
        initiativeIds: [],
      }),
    });
    expect(created.status).toBe(201);
    const { id: roundId } = (await created.json()) as { id: number };
    const report = (await (
      await secretariat.fetch(`/api/reporting-rounds/${roundId}/report`)
    ).json()) as RoundReport;
    const inPack = report.targets.find((t) => t.number === 3);
    expect(inPack?.series[0].latest).toEqual({ year: 2017, value: 2300 });
    const mine = (await (
      await secretariat.fetch(
        `/api/measurements?filter=${JSON.stringify({ targetId: target3.id })}`,
      )
    ).json()) as MeasurementRecord[];
    expect(mine.map((m) => [m.year, m.state])).toEqual([
      [2014, 'approved'],
      [2015, 'approved'],
      [2016, 'proposed'],
      [2017, 'approved'],
    ]);
    await office.close();
  });
});
