import { count, formatDate, oneLine, type Plural } from '../../core/i18n/phrasing';
import type { DigestItem, Entry, Group } from './items';
import type { Phrases } from './phrases';

/** What the body of a digest says, the same in its plain text and its HTML. */
export interface DigestContent {
  p: Phrases;
  greeting: string;
  intro: string;
  groups: Group[];
  unsubscribeUrl?: string | null;
}

/** What the digest says about one entry, in the order both bodies show it. */
export interface EntryWords {
  title: string;
  /** "Frist: 1. juni 2017", without how it stands, which the HTML colours. */
  due: string;
  when: string;
  action: string;
  because?: string;
  /** "Også orienteret:", "Olga Olsen,", "Kaj Berg.": the text wraps only between these. */
  alsoTold: string[];
  linkLabel: string;
}

/**
 * "A.1 Færre og stærkere klynger": the heading above an initiative's entries; "Tal til
 * pejlemærkerne" above the figures rounds ask for.
 */
export function headingOf(p: Phrases, { initiative }: Group): string {
  return initiative ? oneLine(`${initiative.code} ${initiative.title}`) : p.figures.heading;
}

export function entryWords(p: Phrases, { item, alsoTold }: Entry): EntryWords {
  return {
    title: titleOf(p, item),
    due: `${p.dueLabel}: ${formatDate(p.locale, item.about.dueDate)}`,
    when: when(p, item.daysLate),
    action: action(p, item),
    because: because(p, item),
    alsoTold: alsoTold.length > 0 ? alsoToldChunks(p, alsoTold) : [],
    linkLabel: linkLabel(p, item),
  };
}

/**
 * "14 dage": a mail writes counts in bare digits ("1500 dage"), as its phrases write the
 * number of reminders, where the meeting pack groups thousands ("1.500 dage").
 */
export function countOf(p: Phrases, n: number, forms: Plural<string>): string {
  return count(p.locale, n, forms, { useGrouping: false });
}

/** "forfalder om 3 dage", "due tomorrow", "14 days overdue". */
export function when(p: Phrases, daysLate: number): string {
  if (daysLate > 0) return p.when.overdue(countOf(p, daysLate, p.days));
  if (daysLate === 0) return p.when.today;
  if (daysLate === -1) return p.when.tomorrow;
  return p.when.soon(countOf(p, -daysLate, p.days));
}

/** The title an item is shown with. */
export function titleOf(p: Phrases, item: DigestItem): string {
  if (item.target) {
    const { year, number, title } = item.target;
    return p.figures.title(year, number, oneLine(title));
  }
  const title = oneLine(item.about.title);
  return item.about.type === 'round' ? p.roundTitle(title) : title;
}

function action(p: Phrases, item: DigestItem): string {
  if (item.about.type === 'figures') {
    return item.kind === 'round_missing' ? p.figures.missing : p.figures.ask;
  }
  if (item.about.type === 'round') {
    if (item.kind === 'round_missing') return p.action.missingReport;
    return item.recipientRole === 'secretariat' ? p.action.noOwner : p.action.report;
  }
  if (item.recipientRole !== 'responsible') return p.action.followUp;
  return item.daysLate > 0 ? p.action.overdue : p.action.soon;
}

/**
 * Why the person gets it, where that is not that they are responsible for it: an
 * escalation's target, the secretariat's list of missing reports, someone standing in
 * for a contact person the lead organisation lacks, or speaking for a data owner.
 */
function because(p: Phrases, item: DigestItem): string | undefined {
  if (item.standsInFor && item.recipientRole === 'secretariat') return p.secretariatStandsIn;
  return item.kind === 'escalation' ||
    item.kind === 'round_missing' ||
    item.recipientRole === 'lead_responsible' ||
    item.recipientRole === 'data_owner'
    ? p.because[item.recipientRole]
    : undefined;
}

function alsoToldChunks(p: Phrases, names: string[]): string[] {
  return [p.alsoTold, ...names.map((n, i) => `${n}${i < names.length - 1 ? ',' : '.'}`)];
}

function linkLabel(p: Phrases, item: DigestItem): string {
  if (item.about.type === 'milestone') return p.open;
  if (item.kind === 'round_missing') return p.openRound;
  return item.about.type === 'figures' ? p.figures.open : p.openReportForm;
}
