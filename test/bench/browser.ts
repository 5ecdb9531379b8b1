/**
 * The browser's side of the bench, in Debian's Chromium on a laptop's screen (1280×900,
 * Danish), against the running API with the bench's data: the time from pressing "Log ind"
 * to the dashboard drawn, and from picking the milestone list's saved filter "Overskredne"
 * to its rows drawn. Each is timed from the click to the moment the page shows the result,
 * polled at every frame, in a browser context of its own (nothing cached but what the
 * sign-in page itself loaded).
 */
import { chromium, Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium';

export interface BrowserTimings {
  /** Milliseconds of each run, in the order they ran. */
  signInToDashboard: number[];
  filterToRows: number[];
}

const TIMEOUT = 30_000;

async function timed(click: () => Promise<void>, drawn: () => Promise<unknown>) {
  const start = Date.now();
  await click();
  await drawn();
  return Date.now() - start;
}

/** Signs in through the form, and answers how long the dashboard took from the click. */
async function signInToDashboard(page: Page, account: { email: string; password: string }) {
  await page.getByRole('heading', { name: 'Log ind på Pejling' }).waitFor({ timeout: TIMEOUT });
  await page.getByLabel(/^E-mail/).fill(account.email);
  await page.getByLabel(/^Adgangskode/).fill(account.password);
  return timed(
    () => page.getByRole('button', { name: 'Log ind' }).click(),
    () =>
      page.waitForFunction(
        () => document.querySelectorAll('table[aria-label="Indsatsområder"] tbody tr').length > 0,
        undefined,
        { polling: 'raf', timeout: TIMEOUT },
      ),
  );
}

/**
 * Opens the milestone list unfiltered, then times the saved filter "Overskredne" until the
 * list's total has changed and each row it shows is overdue.
 */
async function filterToRows(page: Page, url: string) {
  await page.goto(`${url}/#/milestones?filter=%7B%7D`);
  const filter = page.getByRole('button', { name: 'Overskredne', pressed: false });
  await filter.waitFor({ timeout: TIMEOUT });
  const total = page.locator('.MuiTablePagination-displayedRows');
  await total.filter({ hasText: /af \d+/ }).waitFor({ timeout: TIMEOUT });
  const before = await total.innerText();
  return timed(
    () => filter.click(),
    () =>
      page.waitForFunction(
        (unfiltered) => {
          const text = document.querySelector('.MuiTablePagination-displayedRows')?.textContent;
          const count = Number(/af (\d+)/.exec(text ?? '')?.[1]);
          const cells = Array.from(document.querySelectorAll('td.column-overdue'));
          return (
            text !== unfiltered &&
            count > 0 &&
            cells.length === Math.min(count, 25) &&
            cells.every((cell) => cell.textContent?.includes('Overskredet'))
          );
        },
        before,
        { polling: 'raf', timeout: TIMEOUT },
      ),
  );
}

export async function measureBrowser(
  url: string,
  account: { email: string; password: string },
  runs = 5,
): Promise<BrowserTimings> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const timings: BrowserTimings = { signInToDashboard: [], filterToRows: [] };
  try {
    for (let n = 0; n < runs; n++) {
      const context = await browser.newContext({
        locale: 'da-DK',
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      await page.goto(`${url}/#/`);
      timings.signInToDashboard.push(await signInToDashboard(page, account));
      timings.filterToRows.push(await filterToRows(page, url));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return timings;
}
