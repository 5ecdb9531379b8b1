/**
 * `npm run lighthouse [-- --runs 3 --url http://127.0.0.1:3000 --web-dist dir --page name]`:
 * Lighthouse's scores for the pages people open most, with its mobile preset (its default)
 * and its desktop one: the sign-in page, the dashboard (the secretariat's), My work and an
 * owner's report form (UFM's). It starts the built API on a demo database of its own, as
 * `npm run bench` does, or measures a running app with the demo's accounts (`--url`);
 * `--web-dist` serves a web build from elsewhere (`vite build --outDir`). Lighthouse's
 * performance scores vary from run to run: `--runs N` measures each page N times and keeps
 * the median run; `--page sign-in` measures that page alone. Prints a table and what holds
 * each page back, and writes the reports to test-results/lighthouse/. Not part of `npm test`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Flags, Result } from 'lighthouse' with { 'resolution-mode': 'import' };
import { BENCH_TODAY, createDemoDatabase } from '../bench/dataset';
import { databaseUrl, ROOT } from '../bench/environment';
import { productEnv, startApi } from '../bench/processes';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium';
import { freePort, removeQueues } from '../support/processes';
import { DEMO, Session } from '../support/session';
import { CATEGORIES, findings, Measured, Preset, PRESETS, table } from './scores';

const DATABASE = 'pejling_lighthouse';
const REPORTS = join(ROOT, 'test-results/lighthouse');

/** A page to measure: where it is in the app, and who is signed in to see it. */
interface Page {
  name: string;
  path: string;
  as?: string;
}

/** The app measured, and how to stop it when this script started it. */
interface App {
  url: string;
  /** Its database is this run's own, which it may change (to open a round). */
  own: boolean;
  stop: () => Promise<void>;
}

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1' },
      url: { type: 'string' },
      'web-dist': { type: 'string' },
      page: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number ≥ 1');
  return {
    runs,
    url: values.url?.replace(/\/$/, ''),
    webDist: values['web-dist'],
    page: values.page,
  };
}

/**
 * The built API in production mode on a fresh demo database, without a worker (nothing
 * here is sent); `webDist`: a web build elsewhere than dist/ (`vite build --outDir`).
 */
async function startApp(webDist: string | undefined): Promise<App> {
  await createDemoDatabase(DATABASE);
  const port = await freePort();
  const queuePrefix = `pejling-lighthouse-${process.pid}`;
  const api = await startApi(
    productEnv({
      databaseUrl: databaseUrl(DATABASE),
      port,
      queuePrefix,
      today: BENCH_TODAY,
      webDist,
    }),
  );
  return {
    url: api.url,
    own: true,
    stop: async () => {
      await api.stop();
      await removeQueues(queuePrefix);
    },
  };
}

async function signedIn(url: string, email: string): Promise<Session> {
  const session = new Session(url);
  const response = await session.signIn(email);
  if (!response.ok) throw new Error(`signing in as ${email}: ${response.status}`);
  return session;
}

async function json<T>(response: Promise<Response>): Promise<T> {
  const answer = await response;
  if (!answer.ok) throw new Error(`${answer.url}: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as T;
}

/** The report form of the first report that an open round waits for from UFM, if any. */
async function waitingReport(url: string): Promise<string | undefined> {
  const ufm = await signedIn(url, DEMO.ufm);
  const myWork = await json<{ reportRequests: { path: string }[] }>(ufm.fetch('/api/my-work'));
  return myWork.reportRequests[0]?.path;
}

/**
 * When no open round waits for UFM (the demo's September round answered or closed), on a
 * database of its own this opens another, as the secretariat would (asking every
 * initiative of the strategy that is still going).
 */
async function openRound(url: string): Promise<void> {
  const secretariat = await signedIn(url, DEMO.secretariat);
  const [strategy] = await json<{ id: number }[]>(secretariat.fetch('/api/strategies'));
  const round = await json<{ id: number }>(
    secretariat.fetch('/api/reporting-rounds', {
      method: 'POST',
      body: JSON.stringify({
        strategyId: strategy.id,
        title: 'Statusrunde til styregruppemødet i september 2017',
        dueDate: '2017-09-01',
        meetingDate: '2017-09-14',
      }),
    }),
  );
  await json(secretariat.fetch(`/api/reporting-rounds/${round.id}/open`, { method: 'POST' }));
}

async function pages(app: App): Promise<Page[]> {
  let reportForm = await waitingReport(app.url);
  if (!reportForm && app.own) {
    await openRound(app.url);
    reportForm = await waitingReport(app.url);
  }
  if (!reportForm) console.log('[lighthouse] no open round waits for UFM: no report form');
  return [
    { name: 'sign-in', path: '/' },
    { name: 'dashboard', path: '/#/dashboard', as: DEMO.secretariat },
    { name: 'my work', path: '/#/my-work', as: DEMO.ufm },
    ...(reportForm ? [{ name: 'report form', path: `/#${reportForm}`, as: DEMO.ufm }] : []),
  ];
}

/**
 * One Lighthouse run, in a Chromium of its own (as Lighthouse's command line does): in one
 * that has the app open already, another of its `#/` addresses can be a navigation within
 * the page, which Lighthouse cannot time (NO_NAVSTART). `cookie`: the session, sent with
 * every request, since Lighthouse clears the browser's storage before it loads the page.
 */
async function lighthouseRun(url: string, preset: Preset, cookie?: string): Promise<Result> {
  // ES modules both: imported as such (test/lighthouse/tsconfig.json).
  const lighthouse = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const flags: Flags = {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      ...(cookie && { extraHeaders: { Cookie: cookie } }),
    };
    const config = preset === 'desktop' ? lighthouse.desktopConfig : undefined;
    const result = await lighthouse.default(url, flags, config);
    const failure = result ? result.lhr.runtimeError : { message: 'no result' };
    if (!result || failure) throw new Error(`${url}, ${preset}: ${failure?.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse 12.2 with Debian's newer Chromium now and then misses the navigation in its
 * trace (NO_NAVSTART, "please run Lighthouse again"): such a run is run again, twice at most.
 */
async function lighthouseRunAgainOnTrace(
  url: string,
  preset: Preset,
  cookie?: string,
): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseRun(url, preset, cookie);
    } catch (error) {
      if (attempt === 3 || !String(error).includes('(NO_NAVSTART)')) throw error;
    }
  }
}

async function main() {
  const opts = options();
  const say = (text: string) => console.log(`[lighthouse] ${text}`);
  const { generateReport } = await import('lighthouse');
  const { computeMedianRun } = await import('lighthouse/core/lib/median-run.js');

  say(opts.url ? `measuring ${opts.url}` : `starting the built app on ${DATABASE} …`);
  const app: App = opts.url
    ? { url: opts.url, own: false, stop: async () => undefined }
    : await startApp(opts.webDist);
  const results: Measured[] = [];
  try {
    const measured = (await pages(app)).filter(({ name }) => !opts.page || name === opts.page);
    if (!measured.length) throw new Error(`no page named ${opts.page}`);
    for (const page of measured) {
      const cookie = page.as ? (await signedIn(app.url, page.as)).cookieHeader : undefined;
      for (const preset of PRESETS) {
        const runs: Result[] = [];
        for (let run = 0; run < opts.runs; run += 1) {
          runs.push(await lighthouseRunAgainOnTrace(`${app.url}${page.path}`, preset, cookie));
        }
        const lhr = computeMedianRun(runs);
        results.push({ page: page.name, preset, lhr });
        mkdirSync(REPORTS, { recursive: true });
        const file = `${page.name.replace(/\W+/g, '-')}-${preset}.html`;
        writeFileSync(join(REPORTS, file), generateReport(lhr, 'html'));
        say(`${page.name}, ${preset}: done`);
      }
    }
  } finally {
    await app.stop();
  }

  const [{ lhr: first }] = results;
  const browser = /Chrome\/[\d.]+/.exec(first.environment.hostUserAgent)?.[0];
  const runs = opts.runs === 1 ? 'one run each' : `the median of ${opts.runs} runs each`;
  // Lighthouse's measure of the machine's speed: on a busy machine its scores drop.
  const speed = `benchmark index ${Math.round(first.environment.benchmarkIndex)}`;
  console.log(`\nLighthouse ${first.lighthouseVersion} on ${browser} (${speed}), ${runs}:\n`);
  console.log(table(results));
  console.log(`\nWhat holds them back (reports in ${REPORTS}):\n${findings(results)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
