import { join } from 'node:path';
import { startSmtpServer, TestSmtpServer } from '@pejling/server/testing';
import { Browser, BrowserContextOptions, chromium, Page } from 'playwright-core';
import { BuiltApp, dropDatabase, startBuiltApp } from './built-app';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
import { DEMO_PASSWORD } from './session';

/** Screenshots and downloads for a person to look at after the run; git ignores the folder. */
export const ARTIFACTS = join(__dirname, '../../test-results');

/** A page as a person in Denmark sees it on a laptop: Danish, 1280×900. */
const PAGE_OPTIONS: BrowserContextOptions = {
  locale: 'da-DK',
  viewport: { width: 1280, height: 900 },
};

/** Debian's Chromium, kept off the network (chromium.ts). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** Waits for the sign-in page and fills it in; the caller clicks (to time what follows). */
export async function fillSignInForm(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.getByRole('heading', { name: 'Log ind på Pejling' }).waitFor({ timeout: 20_000 });
  await page.getByLabel(/^E-mail/).fill(email);
  await page.getByLabel(/^Adgangskode/).fill(password);
}

/** Signs in on the sign-in page, and waits until the app shows who is signed in. */
export async function signInThroughForm(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await fillSignInForm(page, email, password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('button', { name: 'Profil' }).waitFor({ timeout: 20_000 });
}

/** Saves what `page` shows as test-results/<name>.png (Playwright makes the folder). */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), ...options });
}

/** What a browser test works with; each is there once the hooks of `useBrowserApp` have run. */
export interface BrowserApp {
  readonly app: BuiltApp;
  /** The running test's page (not with `page: false`). */
  readonly page: Page;
  /** The mail server the app sends to (with `smtp: true`). */
  readonly smtp: TestSmtpServer;
  /** A page in a browser context of its own (no cookies, nothing stored): `PAGE_OPTIONS` + `options`. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Hooks for a suite of browser tests: before all, the built app (`startBuiltApp`) and
 * Chromium; after all, both closed and the app's database dropped; and a page of its own
 * per test (its own cookies, so each test signs in as someone), with `PAGE_OPTIONS` and
 * `options.page`, or none with `page: false` for a suite that opens its pages with
 * `newPage`. With `smtp: true`, the app mails to a test SMTP server of its own.
 */
export function useBrowserApp(
  options: { smtp?: boolean; page?: BrowserContextOptions | false } = {},
): BrowserApp {
  let smtp: TestSmtpServer | undefined;
  let app: BuiltApp | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    if (options.smtp) smtp = await startSmtpServer();
    [app, browser] = await Promise.all([
      startBuiltApp({ env: smtp ? { SMTP_URL: smtp.url } : {} }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (app) await dropDatabase(app.databaseName);
    await smtp?.close();
  });
  const newPage = (pageOptions?: BrowserContextOptions) =>
    ready(browser, 'browser').newPage({ ...PAGE_OPTIONS, ...pageOptions });

  if (options.page !== false) {
    const pageOptions = options.page;
    beforeEach(async () => {
      page = await newPage(pageOptions);
    });
    afterEach(() => page?.close());
  }
  return {
    get app() {
      return ready(app, 'app');
    },
    get page() {
      return ready(page, 'page');
    },
    get smtp() {
      return ready(smtp, 'SMTP server');
    },
    newPage,
  };
}

function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what} here: useBrowserApp sets it in its hooks`);
  return value;
}

/**
 * Milliseconds from `since` until `shown` holds in the page, checked on every animation
 * frame: a locator's wait polls up to 500 ms apart, too coarse to time a page by.
 */
export async function msUntilShown(page: Page, shown: () => boolean, since: number) {
  await page.waitForFunction(shown, undefined, { polling: 'raf', timeout: 20_000 });
  return Date.now() - since;
}
