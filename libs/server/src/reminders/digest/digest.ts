import type { Language } from '@pejling/contracts';
import { formatDate, oneLine, pick } from '../../core/i18n/phrasing';
import { renderHtml } from './html';
import { type DigestItem, groupEntries } from './items';
import { PHRASES } from './phrases';
import type { DigestContent } from './sentences';
import { subject } from './subject';
import { renderText } from './text';

export { type DigestItem, thingOf } from './items';

export interface DigestInput {
  person: { name: string; language: Language };
  day: string; // YYYY-MM-DD, the day the reminders are for
  items: DigestItem[]; // at least one
  /**
   * Link to stop reminders; omitted when every item is one that unsubscribing does not stop;
   * null in a copy made to be read, where a placeholder stands for it.
   */
  unsubscribeUrl?: string | null;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
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
    if (typeof url === 'string' && !/^https?:\/\//i.test(url)) {
      throw new RangeError(`Not an http(s) link: ${url}`);
    }
  }
  const groups = groupEntries(input.items, p.locale);
  const entries = groups.flatMap((g) => g.entries);
  const content: DigestContent = {
    p,
    greeting: p.greeting(oneLine(input.person.name)),
    intro: pick(p.locale, entries.length, p.intro)(entries.length, formatDate(p.locale, input.day)),
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
