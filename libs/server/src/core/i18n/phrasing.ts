import type { Language } from '@pejling/contracts';

/**
 * How Pejling's documents (the meeting pack, the reminder e-mails) write words and numbers:
 * plural forms, counts, numbers, dates and one-line values. Each helper takes the locale of
 * the document's language, so that one rule serves every language.
 */

/** The locale whose dates, numbers, plural rules and sorting a language's documents follow. */
export const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** A word or phrase in each of a language's plural categories (`one` and `other` at least). */
export type Plural<T> = { one: T; other: T } & Partial<Record<Intl.LDMLPluralRule, T>>;

/** The form the locale's plural rules give `n`, or `other` where a language has no own form. */
export function pick<T>(locale: string, n: number, forms: Plural<T>): T {
  return forms[pluralRules(locale).select(n)] ?? forms.other;
}

/**
 * "3 dage", "1 day": a number and the word in the form it takes. `numbers` are options for
 * writing the number; without them it is written as the locale writes it ("1.500 dage").
 */
export function count(
  locale: string,
  n: number,
  forms: Plural<string>,
  numbers?: Intl.NumberFormatOptions,
): string {
  return `${formatNumber(locale, n, numbers)} ${pick(locale, n, forms)}`;
}

/** "1.600", "1,600": a number as the locale writes it, unless `options` say otherwise. */
export function formatNumber(
  locale: string,
  n: number,
  options: Intl.NumberFormatOptions = {},
): string {
  return memo(
    numberFormats,
    `${locale} ${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  ).format(n);
}

/** "40 %", "40%": a progress of 0–100 in whole percent. */
export function formatPercent(locale: string, progress: number): string {
  return formatNumber(locale, progress / 100, { style: 'percent', maximumFractionDigits: 0 });
}

/** "+15", "-5", "0": a change shows its sign, so that a rise and a fall read apart. */
export function formatChange(locale: string, n: number): string {
  return formatNumber(locale, n, { signDisplay: 'exceptZero' });
}

/**
 * "15. juni 2017", "15 June 2017". A date (YYYY-MM-DD) has no time of day, so it is written
 * in UTC: the same day whatever zone the process runs in. Anything else is refused rather
 * than written as some other day.
 */
export function formatDate(locale: string, date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const at = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : undefined;
  if (!at || at.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  }
  return dayFormat(locale, 'UTC').format(at);
}

/** The day an instant falls on in `timeZone`, written as `formatDate` writes a date. */
export function formatInstantDay(locale: string, instant: string, timeZone: string): string {
  return dayFormat(locale, timeZone).format(new Date(instant));
}

/** Collapses line breaks and runs of spaces: a value is shown on one line. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

// Intl's formatters are costly to build and safe to share: one per locale and options.

const pluralRulesByLocale = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function pluralRules(locale: string): Intl.PluralRules {
  return memo(pluralRulesByLocale, locale, () => new Intl.PluralRules(locale));
}

function dayFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  return memo(
    dayFormats,
    `${locale} ${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }),
  );
}
