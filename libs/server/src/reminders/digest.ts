import type { Language, RecipientRole, ReminderKind } from '@pejling/contracts';

/** One reminder in a person's digest: a delivery, and what it is about. */
export interface DigestItem {
  deliveryId: number;
  kind: ReminderKind;
  recipientRole: RecipientRole; // 'responsible' | 'lead_contact' | 'secretariat'
  /** What it is about: a milestone, or a reporting round asking for the initiative's report. */
  about: {
    type: 'milestone' | 'round';
    id: number;
    title: string;
    dueDate: string; // YYYY-MM-DD
  };
  initiative: { id: number; code: string; title: string };
  daysLate: number; // negative: due in that many days
  /** Names of the others this reminder also went to (escalations: the responsible person, the lead organisation's contact, the secretariat). */
  alsoTold: string[];
  /**
   * Signs in and opens the milestone (on My work, for the person responsible), or the report
   * form (the round, for the secretariat), in Pejling.
   */
  link: string;
}

export interface DigestInput {
  person: { name: string; language: Language };
  day: string; // YYYY-MM-DD, the day the reminders are for
  items: DigestItem[]; // at least one
  /** Link to stop reminders; omitted when every item is one that unsubscribing does not stop. */
  unsubscribeUrl?: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Where a milestone stands on the day, worst first. */
const STANDINGS = ['overdue', 'today', 'soon'] as const;
type Standing = (typeof STANDINGS)[number];

/** A word or phrase in each of a language's plural categories (`one` and `other` at least). */
type Plural<T> = { one: T; other: T } & Partial<Record<Intl.LDMLPluralRule, T>>;

/** Everything a digest says, in one language. */
interface Phrases {
  /** BCP 47 locale for dates, plural rules and sorting. */
  locale: string;
  milestones: Plural<string>;
  /** What a subject counts when not everything is a milestone. */
  tasks: Plural<string>;
  /** How a round's request for a report is titled. */
  roundTitle: (round: string) => string;
  days: Plural<string>;
  /** In a subject, after "<n> <milestones>" or "<n>": "1 milepæl er overskredet". */
  subjectStanding: Record<Standing, string>;
  /** A subject about several initiatives' reports for one round. */
  subjectReports: (count: number, round: string, when: string, standing: Standing) => string;
  /** A subject about a single milestone; `when` is one of `when` below. */
  subjectSingle: (title: string, when: string, standing: Standing) => string;
  /** How a milestone stands, `days` being e.g. "3 dage". */
  when: {
    overdue: (days: string) => string;
    today: string;
    tomorrow: string;
    soon: (days: string) => string;
  };
  greeting: (name: string) => string;
  intro: Plural<(count: number, day: string) => string>;
  dueLabel: string;
  /**
   * What to do: the responsible person before and after the due date; others told of it;
   * the owner asked for a report; the secretariat told a report is missing.
   */
  action: {
    soon: string;
    overdue: string;
    followUp: string;
    report: string;
    missingReport: string;
  };
  /** Why an escalation reaches this person. */
  because: Record<RecipientRole, string>;
  alsoTold: string;
  open: string;
  /** The link of a round's request: to the report form, or (the secretariat) to the round. */
  openReportForm: string;
  openRound: string;
  signOff: string;
  unsubscribe: { question: string; link: string; note: string };
}

/** The phrase tables; adding a language is adding an entry. */
const PHRASES: Record<Language, Phrases> = {
  da: {
    locale: 'da-DK',
    milestones: { one: 'milepæl', other: 'milepæle' },
    tasks: { one: 'opgave', other: 'opgaver' },
    roundTitle: (round) => `Statusrapport til ${round}`,
    days: { one: 'dag', other: 'dage' },
    subjectStanding: {
      overdue: 'er overskredet',
      today: 'forfalder i dag',
      soon: 'forfalder snart',
    },
    subjectSingle: (title, when, standing) =>
      `»${title}« ${standing === 'overdue' ? 'er ' : ''}${when}`,
    subjectReports: (count, round, when, standing) =>
      `${count} statusrapporter til »${round}« ${standing === 'overdue' ? 'er ' : ''}${when}`,
    when: {
      overdue: (days) => `overskredet med ${days}`,
      today: 'forfalder i dag',
      tomorrow: 'forfalder i morgen',
      soon: (days) => `forfalder om ${days}`,
    },
    greeting: (name) => `Kære ${name}`,
    intro: {
      one: (_count, day) => `Her er din påmindelse fra Pejling for ${day}.`,
      other: (count, day) => `Her er dine ${count} påmindelser fra Pejling for ${day}.`,
    },
    dueLabel: 'Frist',
    action: {
      soon: 'Opdater milepælens status i Pejling, eller marker den som færdig, når den er nået.',
      overdue:
        'Marker milepælen som færdig, hvis den er nået. Ellers opdater dens status, ' +
        'og fortæl i en statusrapport, hvordan det går.',
      followUp:
        'Følg op med den ansvarlige, så milepælen bliver markeret som færdig ' +
        'eller får en opdateret status.',
      report:
        'Skriv initiativets statusrapport i Pejling: hvordan det går, risici og næste ' +
        'skridt. Linket åbner formularen, hvor du også kan opdatere milepælene.',
      missingReport:
        'Initiativets statusrapport mangler stadig. Følg op med de ansvarlige før mødet.',
    },
    because: {
      responsible: 'Du får denne besked som ansvarlig for milepælen.',
      lead_contact: 'Du får denne besked som kontaktperson for den ansvarlige organisation.',
      secretariat: 'Du får denne besked som medlem af sekretariatet.',
    },
    alsoTold: 'Også orienteret:',
    open: 'Åbn milepælen i Pejling',
    openReportForm: 'Skriv statusrapporten i Pejling',
    openRound: 'Åbn rapporteringsrunden i Pejling',
    signOff: 'Venlig hilsen',
    unsubscribe: {
      question: 'Vil du ikke længere have påmindelser fra Pejling?',
      link: 'Afmeld påmindelser',
      note: 'Eskaleringer af overskredne milepæle og anmodninger om statusrapporter får du stadig.',
    },
  },
  en: {
    locale: 'en-GB',
    milestones: { one: 'milestone', other: 'milestones' },
    tasks: { one: 'task', other: 'tasks' },
    roundTitle: (round) => `Status report for ${round}`,
    days: { one: 'day', other: 'days' },
    subjectStanding: { overdue: 'overdue', today: 'due today', soon: 'due soon' },
    subjectSingle: (title, when) => `“${title}” is ${when}`,
    subjectReports: (count, round, when) => `${count} status reports for “${round}” are ${when}`,
    when: {
      overdue: (days) => `${days} overdue`,
      today: 'due today',
      tomorrow: 'due tomorrow',
      soon: (days) => `due in ${days}`,
    },
    greeting: (name) => `Dear ${name}`,
    intro: {
      one: (_count, day) => `Here is your reminder from Pejling for ${day}.`,
      other: (count, day) => `Here are your ${count} reminders from Pejling for ${day}.`,
    },
    dueLabel: 'Due',
    action: {
      soon: "Update the milestone's status in Pejling, or mark it done once it is reached.",
      overdue:
        'Mark the milestone done if it has been reached. Otherwise update its status ' +
        'and report progress in a status report.',
      followUp:
        'Please follow up with the person responsible so that the milestone is marked done ' +
        'or its status is updated.',
      report:
        "Write the initiative's status report in Pejling: how it is going, risks and next " +
        'steps. The link opens the form, where you can also update the milestones.',
      missingReport:
        "The initiative's status report is still missing. Please follow up with those " +
        'responsible before the meeting.',
    },
    because: {
      responsible: 'You are receiving this as the person responsible for the milestone.',
      lead_contact: 'You are receiving this as the contact person of the lead organisation.',
      secretariat: 'You are receiving this as a member of the secretariat.',
    },
    alsoTold: 'Also informed:',
    open: 'Open the milestone in Pejling',
    openReportForm: 'Write the status report in Pejling',
    openRound: 'Open the reporting round in Pejling',
    signOff: 'Kind regards',
    unsubscribe: {
      question: 'No longer want reminders from Pejling?',
      link: 'Unsubscribe from reminders',
      note: 'You will still get escalations of overdue milestones and requests for status reports.',
    },
  },
};

/** Plain-text lines are wrapped to this width; titles and links are never broken. */
const TEXT_WIDTH = 72;
/** A longer title is shortened in the subject (it is in full in the body). */
const SUBJECT_TITLE_MAX = 80;

/** One thing in the digest (several deliveries about one thing are shown once). */
interface Entry {
  item: DigestItem;
  standing: Standing;
  alsoTold: string[];
}

interface Group {
  initiative: DigestItem['initiative'];
  entries: Entry[];
}

/**
 * A person's reminders for a day as one e-mail, in the person's language: the milestones
 * grouped by initiative, the most urgent initiative and milestone first, with a plain-text
 * and an HTML body saying the same.
 */
export function renderDigest(input: DigestInput): RenderedMail {
  if (input.items.length === 0) throw new RangeError('A digest needs at least one item');
  const p = PHRASES[input.person.language] ?? PHRASES.da;
  for (const url of [...input.items.map((i) => i.link), input.unsubscribeUrl]) {
    if (url !== undefined && !/^https?:\/\//i.test(url)) {
      throw new RangeError(`Not an http(s) link: ${url}`);
    }
  }
  const groups = groupEntries(input.items, p);
  const entries = groups.flatMap((g) => g.entries);
  const content: Content = {
    p,
    greeting: p.greeting(oneLine(input.person.name)),
    intro: pick(p, entries.length, p.intro)(entries.length, formatDate(p, input.day)),
    groups,
    unsubscribeUrl: input.unsubscribeUrl,
  };
  const subjectLine = subject(p, entries);
  return {
    subject: subjectLine,
    text: renderText(content),
    html: renderHtml(content, input.person.language, subjectLine),
  };
}

interface Content {
  p: Phrases;
  greeting: string;
  intro: string;
  groups: Group[];
  unsubscribeUrl?: string;
}

// --- what the digest holds, in what order ------------------------------------------------

/** What an item is about: a milestone, or a round's request for one initiative's report. */
export function thingOf(item: Pick<DigestItem, 'about' | 'initiative'>): string {
  return item.about.type === 'milestone'
    ? `milestone-${item.about.id}`
    : `round-${item.about.id}-${item.initiative.id}`;
}

function standingOf(daysLate: number): Standing {
  return daysLate > 0 ? 'overdue' : daysLate === 0 ? 'today' : 'soon';
}

/** Most days late first, then soonest due, then escalations, then by title. */
function byUrgency(collator: Intl.Collator) {
  return (a: DigestItem, b: DigestItem): number =>
    b.daysLate - a.daysLate ||
    compareText(a.about.dueDate, b.about.dueDate) ||
    Number(b.kind === 'escalation') - Number(a.kind === 'escalation') ||
    collator.compare(a.about.title, b.about.title) ||
    a.about.id - b.about.id;
}

function groupEntries(items: DigestItem[], p: Phrases): Group[] {
  const collator = new Intl.Collator(p.locale, { numeric: true });
  const urgency = byUrgency(collator);

  // A thing reached by more than one rule on the day is shown once, as its most telling
  // delivery (an escalation, if any), naming everyone who was told.
  const byThing = new Map<string, DigestItem[]>();
  for (const item of items) {
    const key = thingOf(item);
    byThing.set(key, [...(byThing.get(key) ?? []), item]);
  }
  const entries: Entry[] = [...byThing.values()].map((same) => {
    const item = [...same].sort(urgency)[0];
    return {
      item,
      standing: standingOf(item.daysLate),
      alsoTold: [...new Set(same.flatMap((i) => i.alsoTold.map(oneLine)).filter(Boolean))],
    };
  });
  entries.sort((a, b) => urgency(a.item, b.item));

  const groups = new Map<number, Group>();
  for (const entry of entries) {
    const { initiative } = entry.item;
    const group = groups.get(initiative.id) ?? { initiative, entries: [] };
    group.entries.push(entry);
    groups.set(initiative.id, group);
  }
  // Entries are already most urgent first, so each group's first entry is its most urgent.
  return [...groups.values()].sort(
    (a, b) =>
      urgency(a.entries[0].item, b.entries[0].item) ||
      collator.compare(a.initiative.code, b.initiative.code) ||
      a.initiative.id - b.initiative.id,
  );
}

// --- words ---------------------------------------------------------------------------------

function pick<T>(p: Phrases, n: number, forms: Plural<T>): T {
  return forms[new Intl.PluralRules(p.locale).select(n)] ?? forms.other;
}

function count(p: Phrases, n: number, forms: Plural<string>): string {
  return `${n} ${pick(p, n, forms)}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "15. juni 2017", "15 June 2017": a date has no time, so it is formatted as UTC. */
function formatDate(p: Phrases, date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const at = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : undefined;
  if (!at || at.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  }
  let format = dateFormats.get(p.locale);
  if (!format) {
    format = new Intl.DateTimeFormat(p.locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(p.locale, format);
  }
  return format.format(at);
}

function when(p: Phrases, daysLate: number): string {
  if (daysLate > 0) return p.when.overdue(count(p, daysLate, p.days));
  if (daysLate === 0) return p.when.today;
  if (daysLate === -1) return p.when.tomorrow;
  return p.when.soon(count(p, -daysLate, p.days));
}

function action(p: Phrases, item: DigestItem): string {
  if (item.about.type === 'round') {
    return item.kind === 'round_missing' ? p.action.missingReport : p.action.report;
  }
  if (item.recipientRole !== 'responsible') return p.action.followUp;
  return item.daysLate > 0 ? p.action.overdue : p.action.soon;
}

/** The title an item is shown with. */
function titleOf(p: Phrases, item: DigestItem): string {
  const title = oneLine(item.about.title);
  return item.about.type === 'round' ? p.roundTitle(title) : title;
}

function linkLabel(p: Phrases, item: DigestItem): string {
  if (item.about.type === 'milestone') return p.open;
  return item.kind === 'round_missing' ? p.openRound : p.openReportForm;
}

/** Why the person gets it, where that is not that they are responsible for it. */
function because(p: Phrases, item: DigestItem): string | undefined {
  return item.kind === 'escalation' || item.kind === 'round_missing'
    ? p.because[item.recipientRole]
    : undefined;
}

/**
 * "Pejling: 1 milepæl er overskredet, 2 forfalder snart", worst first; for one milestone,
 * its title and how it stands; for several reports to one round, the round.
 */
function subject(p: Phrases, entries: Entry[]): string {
  if (entries.length === 1) {
    const [{ item, standing }] = entries;
    return `Pejling: ${p.subjectSingle(shorten(titleOf(p, item)), when(p, item.daysLate), standing)}`;
  }
  const rounds = new Set(
    entries.map(({ item }) => (item.about.type === 'round' ? item.about.id : 0)),
  );
  if (rounds.size === 1 && !rounds.has(0)) {
    // One round's reports: they share the round's due date.
    const [{ item, standing }] = entries;
    const round = shorten(oneLine(item.about.title));
    return `Pejling: ${p.subjectReports(entries.length, round, when(p, item.daysLate), standing)}`;
  }
  const noun = entries.every((e) => e.item.about.type === 'milestone') ? p.milestones : p.tasks;
  const parts = STANDINGS.map((s) => ({ s, n: entries.filter((e) => e.standing === s).length }))
    .filter(({ n }) => n > 0)
    .map(({ s, n }, i) =>
      i === 0 ? `${count(p, n, noun)} ${p.subjectStanding[s]}` : `${n} ${p.subjectStanding[s]}`,
    );
  return `Pejling: ${parts.join(', ')}`;
}

/** Collapses line breaks and runs of spaces: a value is shown on one line. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function shorten(title: string): string {
  return title.length <= SUBJECT_TITLE_MAX ? title : `${title.slice(0, SUBJECT_TITLE_MAX - 1)}…`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// --- plain text ----------------------------------------------------------------------------

/** Joins chunks with spaces into lines of at most `width` where it can; never splits a chunk. */
function wrap(chunks: string[], indent = '', width = TEXT_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const chunk of chunks) {
    if (line && indent.length + line.length + 1 + chunk.length > width) {
      lines.push(indent + line);
      line = chunk;
    } else {
      line = line ? `${line} ${chunk}` : chunk;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter(Boolean);
}

/** "Også orienteret: Olga Olsen, sekretariatet." with names kept whole across lines. */
function alsoToldChunks(p: Phrases, names: string[]): string[] {
  return [p.alsoTold, ...names.map((n, i) => `${n}${i < names.length - 1 ? ',' : '.'}`)];
}

function renderText({ p, greeting, intro, groups, unsubscribeUrl }: Content): string {
  const out: string[] = [greeting, '', ...wrap(words(intro))];
  for (const { initiative, entries } of groups) {
    const heading = oneLine(`${initiative.code} ${initiative.title}`);
    out.push('', '', heading, '-'.repeat(Math.min(heading.length, TEXT_WIDTH)));
    for (const { item, alsoTold } of entries) {
      const indent = '  ';
      out.push(
        '',
        `- ${titleOf(p, item)}`,
        `${indent}${p.dueLabel}: ${formatDate(p, item.about.dueDate)} (${when(p, item.daysLate)})`,
        ...wrap(words(action(p, item)), indent),
      );
      const why = because(p, item);
      if (why) out.push(...wrap(words(why), indent));
      if (alsoTold.length > 0) out.push(...wrap(alsoToldChunks(p, alsoTold), indent));
      out.push(`${indent}${linkLabel(p, item)}:`, `${indent}${item.link}`);
    }
  }
  out.push('', '', p.signOff, 'Pejling');
  if (unsubscribeUrl) {
    out.push(
      '',
      '',
      ...wrap(words(`${p.unsubscribe.question} ${p.unsubscribe.note}`)),
      `${p.unsubscribe.link}:`,
      unsubscribeUrl,
    );
  }
  return `${out.join('\n')}\n`;
}

// --- HTML ----------------------------------------------------------------------------------

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes a value for an HTML text node or a quoted attribute. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const STYLE = {
  body: 'margin:0;padding:16px;background:#ffffff;color:#1f1f1f;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5',
  main: 'max-width:640px',
  heading: 'font-size:17px;margin:28px 0 8px 0;padding-bottom:4px;border-bottom:1px solid #d0d0d0',
  list: 'margin:0;padding:0 0 0 20px',
  item: 'margin:0 0 16px 0',
  title: 'font-weight:bold',
  standing: {
    overdue: 'color:#b3261e;font-weight:bold',
    today: 'color:#8a4b00;font-weight:bold',
    soon: 'font-weight:bold',
  } satisfies Record<Standing, string>,
  link: 'color:#0b57d0',
  small: 'margin-top:28px;font-size:13px;color:#555555',
};

function link(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}" style="${STYLE.link}">${escapeHtml(label)}</a>`;
}

function renderHtml(
  { p, greeting, intro, groups, unsubscribeUrl }: Content,
  language: Language,
  title: string,
): string {
  const e = escapeHtml;
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${e(language)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<title>${e(title)}</title></head>`,
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.main}">`,
    `<p>${e(greeting)}</p>`,
    `<p>${e(intro)}</p>`,
  ];
  for (const { initiative, entries } of groups) {
    out.push(
      `<h2 style="${STYLE.heading}">${e(oneLine(`${initiative.code} ${initiative.title}`))}</h2>`,
      `<ul style="${STYLE.list}">`,
    );
    for (const { item, standing, alsoTold } of entries) {
      const lines = [
        `<div style="${STYLE.title}">${e(titleOf(p, item))}</div>`,
        `<div>${e(p.dueLabel)}: ${e(formatDate(p, item.about.dueDate))} ` +
          `(<span style="${STYLE.standing[standing]}">${e(when(p, item.daysLate))}</span>)</div>`,
        `<div>${e(action(p, item))}</div>`,
      ];
      const why = because(p, item);
      if (why) lines.push(`<div>${e(why)}</div>`);
      if (alsoTold.length > 0) lines.push(`<div>${e(alsoToldChunks(p, alsoTold).join(' '))}</div>`);
      lines.push(`<div>${link(item.link, linkLabel(p, item))}</div>`);
      out.push(`<li style="${STYLE.item}">`, ...lines, '</li>');
    }
    out.push('</ul>');
  }
  out.push(`<p style="margin-top:28px">${e(p.signOff)}<br>Pejling</p>`);
  if (unsubscribeUrl) {
    out.push(
      `<p style="${STYLE.small}">${e(p.unsubscribe.question)} ${e(p.unsubscribe.note)}<br>` +
        `${link(unsubscribeUrl, p.unsubscribe.link)}</p>`,
    );
  }
  out.push('</div>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
