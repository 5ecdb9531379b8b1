import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The rules the issue asks for: WCAG 2.0 and 2.1, levels A and AA. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** How long the network must be still before a page counts as drawn. */
const QUIET_MS = 150;

/** A page's requests under way, and when one last started or ended. */
interface Activity {
  inFlight: number;
  last: number;
}
const activities = new WeakMap<Page, Activity>();

/** Follows `page`'s requests from the first call on. */
function activityOf(page: Page): Activity {
  const known = activities.get(page);
  if (known) return known;
  const activity: Activity = { inFlight: 0, last: Date.now() };
  const ended = () => {
    activity.inFlight = Math.max(0, activity.inFlight - 1);
    activity.last = Date.now();
  };
  page.on('request', () => {
    activity.inFlight++;
    activity.last = Date.now();
  });
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  activities.set(page, activity);
  return activity;
}

/**
 * Waits until the page has drawn what it loads: its requests answered and none for a
 * moment (react-admin draws a reference's name after its request, and shows no progress
 * for the first second), and then no spinner, no skeleton, no indeterminate bar (a
 * determinate bar is a figure, and stays). axe judges the page as it is, so a page half
 * loaded would be judged on its spinner, or on a link still without its words.
 */
export async function settled(page: Page): Promise<void> {
  const activity = activityOf(page);
  await page.locator('main, [role=main]').first().waitFor({ timeout: 20_000 });
  for (const deadline = Date.now() + 20_000; ;) {
    if (activity.inFlight === 0 && Date.now() - activity.last >= QUIET_MS) break;
    if (Date.now() > deadline)
      throw new Error(`${page.url()}: requests still under way after 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await page.waitForFunction(
    () =>
      !document.querySelector(
        '.MuiCircularProgress-indeterminate, .MuiLinearProgress-indeterminate, .MuiSkeleton-root',
      ),
    undefined,
    { timeout: 20_000, polling: 100 },
  );
}

/**
 * What axe-core finds against WCAG 2.0/2.1 A and AA on the page as it is now, one line per
 * rule broken: the rule, its help text and the first elements that break it. Empty when
 * the page passes.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // A toast or a menu fading in is judged on its half-blended colours: axe judges the page
  // only once nothing moves, and judges it again when something began to move meanwhile
  // (a toast that appears while axe runs).
  for (let attempt = 1; ; attempt++) {
    const before = await stillPage(page);
    const violations = await runAxe(page);
    if ((await motions(page)) === before || attempt === 3) return violations;
  }
}

/**
 * Waits until no animation or transition runs in `page` and returns how many have started
 * since the page was first checked, to tell whether one started during a check.
 */
async function stillPage(page: Page): Promise<number> {
  await page.evaluate(() => {
    const counted = window as unknown as { __motions?: number };
    if (counted.__motions !== undefined) return;
    counted.__motions = 0;
    const count = () => (counted.__motions = (counted.__motions ?? 0) + 1);
    document.addEventListener('transitionstart', count, true);
    document.addEventListener('animationstart', count, true);
  });
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 20_000, polling: 100 },
  );
  return motions(page);
}

/** How many transitions and animations have started in `page` since `stillPage` first looked. */
const motions = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __motions: number }).__motions);

/** axe-core's WCAG A and AA rules over `page` as it is, as one line per rule broken. */
async function runAxe(page: Page): Promise<string[]> {
  // AxeBuilder evaluates axe-core's source (about 600 kB) in the page twice per check. The
  // app is one document whatever its route: once axe is in it, a source that does nothing
  // is enough, and a walk of many routes saves most of a second per page.
  const injected = await page.evaluate(() => 'axe' in window);
  const { violations } = await new AxeBuilder({ page, axeSource: injected ? ';' : undefined })
    // Only what fails: axe skips gathering the details of every rule passed. First: `options`
    // replaces the options that `withTags` sets.
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_AA)
    // axe.run in the page itself. The default runs axe in every frame and finishes in a
    // blank page it opens for each check, which costs time and needs a browser context made
    // explicitly; the app has no frames.
    .setLegacyMode()
    .analyze();
  return violations.map(
    ({ id, help, nodes }) =>
      `${id} (${help}): ${nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}${nodes.length > 3 ? ` and ${nodes.length - 3} more` : ''}`,
  );
}

/**
 * Collects the violations of many pages (`check`), to fail once at the end with every page's
 * findings, rather than at the first page with the rest unknown.
 */
export class AccessibilityReport {
  private readonly found = new Map<string, string[]>();

  /** Waits for `page` to settle and records what axe finds on it under `name`. */
  async check(page: Page, name: string): Promise<void> {
    await settled(page);
    const violations = await accessibilityViolations(page);
    if (violations.length) this.found.set(`${name} (${page.url()})`, violations);
  }

  /** Every page with a violation, with its violations: `{}` when all passed. */
  get violations(): Record<string, string[]> {
    return Object.fromEntries(this.found);
  }
}
