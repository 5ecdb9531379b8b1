import {
  ENUM_LABELS,
  type InitiativeRecord,
  type IsoDate,
  type Language,
  type Me,
  type MilestoneRecord,
  type PersonRecord,
  type ReportingRoundRecord,
} from '@pejling/contracts';
import { Locator, Page } from 'playwright-core';
import { screenshot, signInThroughForm, useBrowserApp } from '../support/browser';
import { DEMO, Session } from '../support/session';
import { until } from '../support/until';

/** The demo's today (`PEJLING_TODAY`): the story's clock dates every change on it or before. */
const TODAY = '2017-06-15';
/** Where the milestone's deadline moves to. */
const NEW_DUE = '2017-12-15';
const ROUND = {
  title: 'Styregruppemøde juni 2017',
  dueDate: '2017-06-20',
  meetingDate: '2017-06-28',
};

/** Enumeration values that are everyday Danish words too ("en", "sent"): no sign of a raw one. */
const DANISH_WORDS = new Set(['da', 'en', 'red', 'region', 'sent']);
const ENUM_VALUES = [...new Set(Object.values(ENUM_LABELS.da).flatMap((l) => Object.keys(l)))];
/**
 * The enumeration values that must never show as a word, per language. Danish text has no
 * use for English words, so all of them but the Danish ones; English text says "open" and
 * "action" as words, so only those no text writes: with an underscore (`per_item`).
 */
const RAW_VALUES: Record<Language, string[]> = {
  da: ENUM_VALUES.filter((value) => !DANISH_WORDS.has(value)),
  en: ENUM_VALUES.filter((value) => value.includes('_')),
};

/** The months' first letters in Danish and English, January first. */
const MONTHS = 'jan feb mar apr maj|may jun jul aug sep okt|oct nov dec'.split(' ');
const WRITTEN_DAY = /\b(\d{1,2})\.?\s([a-zæøå]+)\.?\s(\d{4})\b/giu;
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/g;
/**
 * A day with a time of day: when something happened ("12. jun. 2017, 10.00", "15. juni 2017
 * kl. 10.00", "15 June 2017 at 10:00"), as opposed to a day the plan sets.
 */
const WRITTEN_INSTANT = /\b\d{1,2}\.?\s[a-zæøå]+\.?\s\d{4}(,| kl\.| at)\s\d{1,2}[.:]\d{2}\b/giu;
/** The last day of Klyngestrategi 2.0's period: a plan's day after it is the real clock's. */
const PLAN_ENDS = '2018-12-31';

/** Every day a text writes: "6. dec. 2026", "15. juni 2017", "6 Dec 2026", "2026-12-06". */
function daysIn(text: string): IsoDate[] {
  const written = [...text.matchAll(WRITTEN_DAY)].map(([whole, day, month, year]) => {
    const index = MONTHS.findIndex((names) =>
      names.split('|').some((name) => month.toLowerCase().startsWith(name)),
    );
    // A day written some other way would slip through the check: better to fail.
    if (index < 0) throw new Error(`a date with a month this test does not know: ${whole}`);
    return `${year}-${String(index + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  });
  return [...written, ...(text.match(ISO_DAY) ?? [])];
}

/**
 * A line whose label is followed by numbers alone, where names belong: "Initiativ: 3",
 * "Initiativer i runden: 1, 2 og 3", "…: 1, 2, 3 and 16 others". A time ("at 18:52") has a
 * digit before its colon; a figure ("50 %") or a day ("20. juni 2017") goes on after it;
 * a year alone ("Tal til pejlemærkerne for året: 2016") is a year.
 */
const BARE_IDS =
  /\D:\s*(?!(19|2[0-2])\d\d\s*$)\d+(,\s*\d+)*(\s+(og|and)\s+\d+(\s+(andre|anden|others?))?)?\s*$/;

/** A day as the history writes it: "30. september 2017", "30 September 2017". */
const longDay = (day: IsoDate, language: Language) =>
  new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

/** A row of a history table as it reads. */
interface HistoryRow {
  at: string;
  who: string;
  action: string;
  subject: string;
  changes: string[];
}

/** The rows of a history table (`AuditEventTable`), cell by cell, a change a line. */
const readRows = (table: Locator): Promise<HistoryRow[]> =>
  table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cell = (column: string) =>
        (row.querySelector(`td.column-${column}`) as HTMLElement | null)?.innerText ?? '';
      return {
        at: cell('at'),
        who: cell('personName'),
        action: cell('action'),
        subject: cell('resource'),
        changes: Array.from(
          row.querySelectorAll('td.column-changes li'),
          (line) => (line as HTMLElement).innerText,
        ),
      };
    }),
  );

/**
 * The rows of a history table once they pass `check`: a list shown again may first show what
 * it held before, and rows still loading are placeholders. If they never do, `check` fails
 * with what differs.
 */
async function settledRows(
  table: Locator,
  check: (rows: HistoryRow[]) => void,
): Promise<HistoryRow[]> {
  const passing = async () => {
    const rows = await readRows(table);
    check(rows);
    return rows;
  };
  return until('the history as expected', () => passing().catch(() => undefined)).catch(passing);
}

/**
 * The history reads as sentences: the audit trail (Historik) and an initiative's history,
 * in Danish and in English, hold no raw enumeration value, no record's number where its
 * name belongs, and no date from the real clock, after the demo's today. The history is
 * made first, through the API, of changes of several kinds: a milestone's due date, status
 * and responsible person, an initiative's people and progress, a person's reminders, a
 * reporting round created and opened; switching to English adds the person's language.
 */
describe('the history in a browser', () => {
  // One page for both languages: the language chosen in the second test is the person's.
  const web = useBrowserApp({ page: false });
  let page: Page;
  let api: Session;
  let milestone: MilestoneRecord;
  let initiative: InitiativeRecord;
  /** An owner made responsible for the milestone and the initiative. */
  let linked: PersonRecord;
  /** Who answered for the milestone before, by name. */
  let answered: string;

  async function getJson<T>(path: string): Promise<T> {
    const response = await api.fetch(`/api${path}`);
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  }

  async function send<T>(method: string, path: string, body?: object): Promise<T> {
    const response = await api.fetch(`/api${path}`, {
      method,
      body: body && JSON.stringify(body),
    });
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as T;
  }

  beforeAll(async () => {
    page = await web.newPage();
    api = new Session(web.app.url);
    expect((await api.signIn(DEMO.secretariat)).status).toBe(200);

    // The first milestone still planned and due ahead of today, and an owner who does not
    // answer for its initiative yet.
    const query = new URLSearchParams({
      filter: JSON.stringify({ status: ['planned'], dueFrom: TODAY }),
      sort: JSON.stringify(['dueDate', 'ASC']),
      range: '[0,0]',
    });
    [milestone] = await getJson<MilestoneRecord[]>(`/milestones?${query}`);
    initiative = await getJson<InitiativeRecord>(`/initiatives/${milestone.initiativeId}`);
    const people = await getJson<PersonRecord[]>('/people?range=[0,499]');
    const newcomer = people.find(
      (p) => p.role === 'owner' && !initiative.responsiblePersonIds.includes(p.id),
    );
    if (!newcomer) throw new Error('the demo has no owner outside the initiative');
    linked = newcomer;
    const before = people.find((p) => p.id === milestone.responsiblePersonId);
    if (!before) throw new Error('the milestone has no responsible person to replace');
    answered = before.name;

    await send('PUT', `/milestones/${milestone.id}`, {
      ...milestone,
      dueDate: NEW_DUE,
      responsiblePersonId: linked.id,
      status: 'delayed',
    });
    // Progress set by hand: how it is computed changes from the milestones to by hand.
    await send('PUT', `/initiatives/${initiative.id}`, {
      ...initiative,
      responsiblePersonIds: [...initiative.responsiblePersonIds, linked.id],
      progressOverride: 50,
      progressOverrideReason: 'Skønnet efter dialogmøderne',
    });
    await send('PUT', `/people/${linked.id}`, { ...linked, reminderMode: 'per_item' });
    const round = await send<ReportingRoundRecord>('POST', '/reporting-rounds', {
      ...ROUND,
      strategyId: initiative.strategyId,
    });
    await send('POST', `/reporting-rounds/${round.id}/open`);
  });

  /**
   * What the changes read as in `language`: the records named and the sentences, of the
   * initiative's own history (its milestone's change and its own) and of the others; and
   * how many events the changes made (in English, the change of language too).
   */
  function expected(language: Language) {
    const [planned, moved] = [milestone.dueDate, NEW_DUE].map((day) => longDay(day, language));
    const roundDue = longDay(ROUND.dueDate, language);
    return language === 'da'
      ? {
          initiative: {
            subjects: [
              `Milepæl: ${milestone.title}`,
              `Initiativ: ${initiative.code} ${initiative.title}`,
            ],
            changes: [
              `Frist ændret fra ${planned} til ${moved}`,
              `Ansvarlig ændret fra ${answered} til ${linked.name}`,
              'Status ændret fra Planlagt til Forsinket',
              `Ansvarlige personer: ${linked.name} tilføjet`,
              'Fremdriftens grundlag ændret fra Ud fra milepælene til Sat manuelt',
              // Danish puts a no-break space before the per cent sign.
              'Manuel fremdrift (%) sat til 50\u00a0%',
            ],
          },
          others: {
            subjects: [`Person: ${linked.name}`, `Rapporteringsrunde: ${ROUND.title}`],
            changes: [
              'Påmindelsesform ændret fra Én samlet e-mail om dagen til Én e-mail pr. milepæl',
              'Status: Kladde',
              `Frist for rapporter: ${roundDue}`,
              expect.stringMatching(
                /^Initiativer i runden: [A-E]\.\d+, [A-E]\.\d+, [A-E]\.\d+ og \d+ andre$/,
              ),
              'Status ændret fra Kladde til Åben',
              expect.stringMatching(/^Åbnet sat til 15\. juni 2017 kl\. \d\d\.\d\d$/),
              // The demo's story: a deadline moved in March, its round closed then.
              'Frist ændret fra 30. april 2017 til 30. juni 2017',
              'Status ændret fra Åben til Lukket',
            ],
          },
          events: 5,
        }
      : {
          initiative: {
            subjects: [
              `Milestone: ${milestone.title}`,
              `Initiative: ${initiative.code} ${initiative.title}`,
            ],
            changes: [
              `Due date changed from ${planned} to ${moved}`,
              `Responsible changed from ${answered} to ${linked.name}`,
              'Status changed from Planned to Delayed',
              `Responsible people: ${linked.name} added`,
              'Progress method changed from Computed from milestones to Set manually',
              'Manual progress (%) set to 50%',
            ],
          },
          others: {
            subjects: [`Person: ${linked.name}`, `Reporting round: ${ROUND.title}`],
            changes: [
              'Reminder e-mails changed from One digest e-mail a day to One e-mail per milestone',
              'State: Draft',
              `Reports due: ${roundDue}`,
              expect.stringMatching(
                /^Initiatives in the round: [A-E]\.\d+, [A-E]\.\d+, [A-E]\.\d+ and \d+ others$/,
              ),
              'State changed from Draft to Open',
              expect.stringMatching(/^Opened set to 15 June 2017 at \d\d:\d\d$/),
              'Due date changed from 30 April 2017 to 30 June 2017',
              'State changed from Open to Closed',
              // The secretariat's switch to English, the language by its name.
              'Language changed from Danish to English',
            ],
          },
          events: 6,
        };
  }

  /** The checks that hold for every row of every history table, in `language`. */
  function expectReadable(rows: HistoryRow[], language: Language) {
    const texts = rows.flatMap((row) => [row.at, row.who, row.action, row.subject, ...row.changes]);

    // (a) Enumerations by their labels: no raw value as a word.
    const raw = new Set(RAW_VALUES[language]);
    const words = texts.flatMap((text) => text.match(/[\p{L}\p{N}_]+/gu) ?? []);
    expect(words.filter((word) => raw.has(word))).toEqual([]);
    const actions = Object.values(ENUM_LABELS[language].auditAction);
    expect(rows.filter((row) => !actions.includes(row.action))).toEqual([]);

    // (b) Records by their names: no "#12", and no line whose label is followed by numbers
    // alone (`BARE_IDS`).
    expect(texts.filter((text) => /#\d+/.test(text))).toEqual([]);
    const lines = rows.flatMap((row) => [row.subject, ...row.changes]);
    expect(lines.filter((line) => BARE_IDS.test(line))).toEqual([]);

    // (c) The story's clock: nothing happened after today, and no day after today shows
    // but the plan's own (due dates, a round's meeting), which lie within its period.
    const instants = texts.flatMap((text) => (text.match(WRITTEN_INSTANT) ?? []).flatMap(daysIn));
    expect(instants.length).toBeGreaterThanOrEqual(rows.length);
    expect(instants.filter((day) => day > TODAY)).toEqual([]);
    const days = texts.flatMap(daysIn);
    expect(days.filter((day) => day > PLAN_ENDS)).toEqual([]);
  }

  /** Reads the audit trail, then the initiative's history, in `language`, and checks both. */
  async function readHistory(language: Language) {
    const { initiative: own, others, events } = expected(language);

    // Fifty rows: the test's own changes, and the demo's story back to its March round.
    await page.goto(`${web.app.url}/#/audit-events?perPage=50`);
    const trail = await settledRows(page.locator('table'), (rows) => {
      expect(rows.filter((row) => row.at).length).toBeGreaterThanOrEqual(events);
      expect(rows.map((row) => row.subject)).toEqual(
        expect.arrayContaining([...own.subjects, ...others.subjects]),
      );
      expect(rows.flatMap((row) => row.changes)).toEqual(
        expect.arrayContaining([...own.changes, ...others.changes]),
      );
    });
    expectReadable(trail, language);
    await screenshot(page, `history-audit-trail-${language}`, { fullPage: true });

    await page.goto(`${web.app.url}/#/initiatives/${initiative.id}/show`);
    const section = page.getByRole('region', { name: language === 'da' ? 'Historik' : 'History' });
    const history = await settledRows(section, (rows) => {
      expect(rows.map((row) => row.subject)).toEqual(expect.arrayContaining(own.subjects));
      expect(rows.flatMap((row) => row.changes)).toEqual(expect.arrayContaining(own.changes));
    });
    expectReadable(history, language);
    await screenshot(page, `history-initiative-${language}`, { fullPage: true });
  }

  it('reads as sentences in Danish', async () => {
    await page.goto(`${web.app.url}/#/audit-events`);
    await signInThroughForm(page, DEMO.secretariat);
    await readHistory('da');
  });

  it('reads as sentences in English', async () => {
    await page.getByRole('button', { name: /^Sprog: Dansk$/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: 20_000 });
    // Saved in the background: the change of language is in the history once it is.
    await until('English saved as the secretariat’s language', async () => {
      const me = await getJson<Me>('/auth/me');
      return me.person.language === 'en';
    });
    await readHistory('en');
  });
});
