import type { MyWork } from '@pejling/contracts';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { AccessibilityReport, accessibilityViolations, settled } from '../support/axe';
import { fillSignInForm, signInThroughForm, useBrowserApp } from '../support/browser';
import { DEMO, Session } from '../support/session';

/** The resources whose list, record, edit and create pages a role may have (App.tsx). */
const RESOURCES = [
  'initiatives',
  'milestones',
  'reporting-rounds',
  'status-reports',
  'round-outcomes',
  'focus-areas',
  'targets',
  'organisations',
  'people',
  'strategies',
  'audit-events',
  'reminder-rules',
  'reminder-deliveries',
];

/** The pages besides the resources' (App.tsx's custom routes, without their ids). */
const PAGES = [
  '/dashboard',
  '/my-work',
  '/timeline',
  '/regions',
  '/change-password',
  '/settings/notifications',
  '/reminders/run',
  '/imports',
];

/**
 * Pages of the web app against WCAG 2.1 A and AA (axe-core): every page as each role sees
 * it, the public pages with their error states, menus and dialogs open, phone size, an
 * English sample. What axe cannot judge (focus, the order of tabbing, dialogs) has keyboard
 * tests below.
 */
describe('accessibility: every page passes axe-core (WCAG 2.1 A and AA)', () => {
  // A role's walk checks dozens of pages, each up to two seconds of axe's work.
  jest.setTimeout(300_000);
  const web = useBrowserApp({ page: false });

  // A round open for every initiative, so that each owner has a report form to fill in
  // (the demo's only round is closed).
  beforeAll(async () => {
    const secretariat = new Session(web.app.url);
    expect((await secretariat.signIn(DEMO.secretariat)).status).toBe(200);
    const read = async <T>(path: string) => (await (await secretariat.fetch(path)).json()) as T;
    const [strategy] = await read<{ id: number }[]>('/api/strategies');
    const initiatives = await read<{ id: number }[]>('/api/initiatives?range=[0,499]');
    const created = await secretariat.fetch('/api/reporting-rounds', {
      method: 'POST',
      body: JSON.stringify({
        strategyId: strategy.id,
        title: 'Styregruppemøde juli 2017',
        dueDate: '2017-06-30',
        meetingDate: '2017-07-05',
        initiativeIds: initiatives.map((i) => i.id),
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    expect(
      (await secretariat.fetch(`/api/reporting-rounds/${id}/open`, { method: 'POST' })).status,
    ).toBe(200);
  });

  /** A page signed in as `email`, with `options` on top of the usual Danish laptop. */
  async function signedIn(email: string, options: BrowserContextOptions = {}) {
    const page = await web.newPage(options);
    await page.goto(web.app.url);
    await signInThroughForm(page, email);
    return page;
  }

  /** Opens a route of the app (a hash change: the app stays loaded). */
  async function open(page: Page, route: string): Promise<void> {
    await page.goto(`${web.app.url}/#${route}`);
    await settled(page);
  }

  /** Reads the API as the page's person (their session cookie). */
  const api = <T>(page: Page, path: string): Promise<T | null> =>
    page.evaluate(async (path) => {
      const response = await fetch(`/api/${path}`);
      return response.ok ? ((await response.json()) as T) : null;
    }, path);

  /** The id of the first record of `resource` the person may read, or none. */
  async function firstId(page: Page, resource: string): Promise<number | undefined> {
    const records = await api<{ id: number }[]>(page, `${resource}?range=[0,0]`);
    return records?.[0]?.id;
  }

  /**
   * Every route of the app as `page`'s person has it: the custom pages, `extra` (say, the
   * records of an owner's own initiative), and each resource's list, first record and its
   * edit page; a reporting round's report and figures. (A create page is walked when its
   * list offers it: `walk`.)
   */
  async function routesOf(page: Page, extra: string[] = []): Promise<string[]> {
    const routes = [...PAGES, ...extra];
    for (const resource of RESOURCES) {
      const id = await firstId(page, resource);
      routes.push(`/${resource}`);
      if (id === undefined) continue;
      routes.push(`/${resource}/${id}/show`, `/${resource}/${id}`);
      if (resource === 'reporting-rounds')
        routes.push(`/reporting-rounds/${id}/report`, `/reporting-rounds/${id}/figures`);
    }
    return routes;
  }

  /**
   * Opens each of `routes` and checks it, and after a list the create page it links to
   * (react-admin shows the link to those who may create). A route the person may not open
   * ("access denied") or that the app does not have ("not found") shows the same page each
   * time, which is checked once. The violations by page (`{}` when all pass) and how many
   * pages were checked.
   */
  async function walk(page: Page, routes: string[]) {
    const report = new AccessibilityReport();
    const seen = new Set<string>();
    const queue = [...routes];
    for (let route = queue.shift(); route !== undefined; route = queue.shift()) {
      await open(page, route);
      const denied = page.url().includes('#/access-denied');
      const missing = !denied && (await page.locator('.RaNotFound-root').count()) > 0;
      const name = denied ? 'access denied' : missing ? 'not found' : route;
      if (seen.has(name)) continue;
      seen.add(name);
      await report.check(page, name);
      const create = `${route}/create`;
      if (await page.locator(`main a[href="#${create}"]`).count()) queue.unshift(create);
    }
    return { violations: report.violations, checked: seen.size };
  }

  it('fails a page with an unlabelled field: the check can fail', async () => {
    const page = await web.newPage();
    await page.goto(web.app.url);
    await fillSignInForm(page, DEMO.secretariat);
    await page.evaluate(() => {
      const probe = document.createElement('input');
      probe.type = 'text';
      document.querySelector('main, form')?.append(probe);
    });
    expect((await accessibilityViolations(page)).join('\n')).toMatch(/^label \(/m);
    await page.close();
  });

  it('passes on the public pages, in Danish and in English, with their error states', async () => {
    const page = await web.newPage();
    const report = new AccessibilityReport();
    await page.goto(web.app.url);
    await report.check(page, 'sign-in');
    await fillSignInForm(page, DEMO.secretariat, 'not the password');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('alert').first().waitFor({ timeout: 20_000 });
    await report.check(page, 'sign-in, wrong password');
    for (const route of [
      '/set-password?token=nonsense',
      '/link?token=nonsense',
      '/unsubscribe?token=nonsense',
      '/accessibility',
    ]) {
      await page.goto(`${web.app.url}/#${route}`);
      await page.locator('h1').first().waitFor({ timeout: 20_000 });
      await report.check(page, route);
    }
    // The same pages in English, chosen on the sign-in page.
    await page.goto(web.app.url);
    await page.getByRole('button', { name: /Dansk/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: /Sign in/ }).waitFor({ timeout: 20_000 });
    await report.check(page, 'sign-in in English');
    await page.goto(`${web.app.url}/#/accessibility`);
    await page.locator('h1').first().waitFor({ timeout: 20_000 });
    await report.check(page, 'the accessibility statement in English');
    expect(report.violations).toEqual({});
    await page.close();
  });

  it.each([
    ['the secretariat', DEMO.secretariat, 40],
    ['the steering group', DEMO.steering, 25],
  ])('passes on every page %s opens', async (_who, email, atLeast) => {
    const page = await signedIn(email);
    const { violations, checked } = await walk(page, await routesOf(page));
    expect(violations).toEqual({});
    expect(checked).toBeGreaterThan(atLeast);
    await page.close();
  });

  it('passes on the owner’s frame (My work, its menus open, the report form, a link’s landing), and leads the keyboard past its bar', async () => {
    const report = new AccessibilityReport();
    // Signed in, an owner lands on My work, which the owner's frame draws without the app.
    const page = await signedIn(DEMO.ufm);
    await page.waitForURL(/#\/my-work$/, { timeout: 20_000 });
    await page.getByRole('heading', { name: 'Mine milepæle' }).waitFor({ timeout: 20_000 });
    await settled(page);
    expect(await page.locator('.RaLayout-root').count()).toBe(0);
    await report.check(page, 'My work in the owner’s frame');
    for (const [name, opener] of [
      ['its profile menu', 'Profil'],
      ['its language menu', /Dansk/],
    ] as const) {
      await page.getByRole('button', { name: opener }).click();
      await page.getByRole('menu').waitFor();
      await report.check(page, `My work in the owner’s frame, ${name} open`);
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'detached' });
    }
    // The skip link first, then on past the bar to the content.
    await page.reload();
    await page.getByRole('heading', { name: 'Mine milepæle' }).waitFor({ timeout: 20_000 });
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Gå til indholdet' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => Boolean(document.activeElement?.closest('#main-content'))),
    ).toBe(true);
    await page.close();

    const phone = await signedIn(DEMO.ufm, { viewport: { width: 390, height: 844 } });
    await phone.getByRole('heading', { name: 'Mine milepæle' }).waitFor({ timeout: 20_000 });
    await settled(phone);
    await report.check(phone, 'My work in the owner’s frame at 390 px');
    // The report form, from My work: the frame draws it too, and its errors and question.
    await phone
      .getByRole('link', { name: /^Rapportér for / })
      .first()
      .click();
    await phone.getByRole('button', { name: 'Gem kladde' }).waitFor({ timeout: 20_000 });
    expect(await phone.locator('.RaLayout-root').count()).toBe(0);
    await settled(phone);
    await report.check(phone, 'the report form in the owner’s frame at 390 px');
    const summary = phone.getByLabel('Hvad er der sket?');
    await summary.fill('');
    await phone.getByRole('button', { name: 'Indsend' }).click();
    await phone.getByRole('alert').first().waitFor({ timeout: 20_000 });
    // The error is said under the field, tied to it, and the field has the focus.
    expect(await summary.getAttribute('aria-invalid')).toBe('true');
    const described = await summary.getAttribute('aria-describedby');
    expect(await phone.locator(`[id="${described}"]`).textContent()).toBe(
      'Skriv, hvad der er sket, før du indsender',
    );
    expect(await summary.evaluate((field) => field === document.activeElement)).toBe(true);
    await report.check(phone, 'the report form in the owner’s frame, sent empty');
    await summary.fill('Et udkast, der ikke sendes.');
    await phone.getByRole('button', { name: 'Indsend' }).click();
    const question = phone.getByRole('dialog');
    await question.waitFor();
    await report.check(phone, 'the report form in the owner’s frame, asking before it sends');
    await question.getByRole('button', { name: 'Annullér' }).click();
    await question.waitFor({ state: 'detached' });
    // The question gives the focus back to the button that asked it.
    expect(
      await phone
        .getByRole('button', { name: 'Indsend' })
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
    // The frame's landing of an e-mail's link, as a link that no longer works leaves it.
    const landing = await web.newPage();
    await landing.goto(`${web.app.url}/#/link?token=nonsense`);
    await landing.getByText(/^Linket virker ikke/).waitFor({ timeout: 20_000 });
    expect(await landing.locator('.RaLayout-root, .RaLogin-root').count()).toBe(0);
    await report.check(landing, 'a link’s landing in the owner’s frame, the link used');
    await landing.close();
    expect(report.violations).toEqual({});
    await phone.close();
  });

  it('passes on every page an initiative owner opens, their own records and report form included', async () => {
    const page = await signedIn(DEMO.ufm);
    const work = (await api<MyWork>(page, 'my-work')) as MyWork;
    const [milestone] = work.milestones;
    const own = [
      `/milestones/${milestone.id}/show`,
      `/milestones/${milestone.id}`,
      `/initiatives/${milestone.initiativeId}/show`,
      `/initiatives/${milestone.initiativeId}`,
      ...work.reportRequests.map((request) => request.path),
      ...work.figureRequests.map((request) => request.path),
    ];
    const { violations, checked } = await walk(page, await routesOf(page, own));
    // The report form sent empty: its errors, tied to their fields.
    const errors = new AccessibilityReport();
    await open(page, work.reportRequests[0].path);
    await page.getByRole('button', { name: 'Indsend' }).click();
    await page.getByRole('alert').first().waitFor({ timeout: 20_000 });
    await errors.check(page, 'the report form sent empty');
    expect({ ...violations, ...errors.violations }).toEqual({});
    expect(checked).toBeGreaterThan(25);
    await page.close();
  });

  it('passes with menus and dialogs open, and at phone size', async () => {
    const report = new AccessibilityReport();
    const page = await signedIn(DEMO.secretariat);
    /** Opens what `opener` opens on `on`, checks the page with it open, and closes it again. */
    async function withOpen(on: Page, name: string, opener: string | RegExp) {
      await on.getByRole('button', { name: opener }).first().click();
      await on
        .locator('[role=menu], [role=dialog], [role=listbox], .MuiDrawer-paper')
        .first()
        .waitFor();
      await report.check(on, name);
      await on.keyboard.press('Escape');
    }
    await open(page, '/milestones');
    await withOpen(page, 'the profile menu', 'Profil');
    await withOpen(page, 'the language menu', /Dansk/);
    await withOpen(page, 'the export menu', 'Eksportér');
    await withOpen(page, 'the filter menu', 'Tilføj filter');
    await page.close();

    const phone = await signedIn(DEMO.ufm, { viewport: { width: 390, height: 844 } });
    for (const route of ['/my-work', '/milestones', '/initiatives', '/dashboard']) {
      await open(phone, route);
      await report.check(phone, `${route} at 390 px`);
    }
    await withOpen(phone, 'the menu at 390 px', 'Åbn menu');
    expect(report.violations).toEqual({});
    await phone.close();
  });

  it('passes in English (a sample of the pages, as an owner)', async () => {
    const page = await signedIn(DEMO.ced);
    await page.getByRole('button', { name: /Dansk/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Profile' }).waitFor({ timeout: 20_000 });
    const work = (await api<MyWork>(page, 'my-work')) as MyWork;
    const [milestone] = work.milestones;
    const routes = ['/my-work', '/dashboard', '/milestones', `/milestones/${milestone.id}`];
    routes.push(`/initiatives/${milestone.initiativeId}/show`, '/timeline', '/targets');
    if (work.reportRequests[0]) routes.push(work.reportRequests[0].path);
    expect((await walk(page, routes)).violations).toEqual({});
    await page.close();
  });

  it('passes in the dark theme, which a device set to dark gets (a sample of the pages)', async () => {
    const page = await signedIn(DEMO.secretariat, { colorScheme: 'dark' });
    // The app follows the device: its page is dark (react-admin's dark grey, #313131).
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(49, 49, 49)');
    // Its paper is one solid colour: axe cannot judge text on MUI's translucent gradient,
    // and passes it unjudged.
    await open(page, '/dashboard');
    const paper = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('main .MuiCard-root') as Element);
      return [style.backgroundColor, style.backgroundImage];
    });
    expect(paper).toEqual(['rgb(30, 30, 30)', 'none']);
    const milestone = await firstId(page, 'milestones');
    const initiative = await firstId(page, 'initiatives');
    const routes = ['/dashboard', '/milestones', `/milestones/${milestone}/show`];
    routes.push(`/milestones/${milestone}`, `/initiatives/${initiative}/show`, '/timeline');
    expect((await walk(page, routes)).violations).toEqual({});
    await page.close();
  });

  /**
   * What axe cannot see, tried with the keyboard alone on one page signed in as the
   * secretariat: the skip link, opening a record from a list, hidden buttons out of the tab
   * order, a visible focus ring, a dialog that holds focus and gives it back, and errors
   * and saves that a screen reader hears.
   */
  describe('by keyboard', () => {
    let page: Page;
    beforeAll(async () => {
      page = await signedIn(DEMO.secretariat);
    });
    afterAll(() => page.close());

    /** The focused element: its accessible text, and whether it lies inside `selector`. */
    const focused = (selector = 'body') =>
      page.evaluate((selector) => {
        const element = document.activeElement as HTMLElement | null;
        return {
          name: (element?.getAttribute('aria-label') ?? element?.innerText ?? '').trim(),
          inside: Boolean(element?.closest(selector)),
          tag: element?.tagName.toLowerCase(),
        };
      }, selector);

    /** Presses Tab until `wanted` holds for the focused element, at most `limit` times. */
    async function tabUntil(
      wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean,
      limit = 80,
    ) {
      for (let i = 0; i < limit; i += 1) {
        await page.keyboard.press('Tab');
        if (wanted(await focused())) return;
      }
      throw new Error(`${limit} presses of Tab did not reach the element`);
    }

    it('offers a skip link first, visible when focused, that moves focus to the content', async () => {
      await open(page, '/dashboard');
      await page.keyboard.press('Tab');
      expect((await focused()).name).toBe('Gå til indholdet');
      const skip = page.getByRole('button', { name: 'Gå til indholdet' });
      expect(await skip.isVisible()).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      // react-admin's skip link moves the point where tabbing goes on to the content.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect((await focused('#main-content')).inside).toBe(true);
    });

    it('opens a milestone from the list by keyboard, never reaching the hidden bulk buttons', async () => {
      await open(page, '/milestones');
      const names: string[] = [];
      await tabUntil((f) => {
        names.push(f.name);
        return f.tag === 'a' && /\S/.test(f.name) && f.inside;
      }, 120).catch(() => undefined);
      // Tabbing through the whole list never lands on the bulk buttons while nothing is selected.
      expect(names).not.toContain('Skift status');
      expect(names).not.toContain('Fravælg');
      await open(page, '/milestones');
      await page.locator('table tbody tr').first().waitFor();
      const firstTitle = page.locator('table tbody tr').first().getByRole('link').first();
      await firstTitle.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/milestones\/\d+\/show/, { timeout: 20_000 });
    });

    it('shows a clear focus ring on a sort header', async () => {
      await open(page, '/milestones');
      const header = page.locator('thead .MuiTableSortLabel-root').first();
      await header.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const outline = await header.evaluate((element) => {
        const style = getComputedStyle(element);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    });

    it('gives focus to "select all" when "Fravælg" empties the selection and hides its toolbar', async () => {
      await open(page, '/milestones');
      await page.locator('table tbody tr').first().getByRole('checkbox').focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Fravælg' }).focus();
      await page.keyboard.press('Enter');
      await page.locator('.RaBulkActionsToolbar-collapsed').waitFor({ state: 'attached' });
      expect((await focused()).name).toBe('Vælg alle');
    });

    it('holds focus in a dialog and gives it back when it closes', async () => {
      await open(page, '/milestones');
      const checkbox = page.locator('table tbody tr').first().getByRole('checkbox');
      await checkbox.focus();
      await page.keyboard.press('Space');
      const change = page.getByRole('button', { name: 'Skift status' });
      await change.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      for (let i = 0; i < 12; i += 1) {
        await page.keyboard.press('Tab');
        expect((await focused('[role=dialog]')).inside).toBe(true);
      }
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect((await focused()).name).toBe('Skift status');
    });

    it('ties a form error to its field and announces it', async () => {
      await open(page, '/milestones/create');
      // A title typed and taken away again: the form is changed (so it may be saved) and invalid.
      const title = page.getByRole('textbox', { name: /^Titel/ });
      await title.fill('x');
      await title.fill('');
      await page.getByRole('button', { name: 'Gem' }).click();
      await page.getByRole('alert').first().waitFor({ timeout: 20_000 });
      expect(await title.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await title.getAttribute('aria-describedby')) ?? '';
      const description = await page.locator(`[id="${describedBy.split(' ')[0]}"]`).innerText();
      expect(description).toMatch(/\S/);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });
});
