import type { IsoDate } from '@pejling/contracts';

/** The BCP 47 tag used to format dates and numbers for a UI locale. */
export const intlLocale = (locale: string): string => (locale === 'en' ? 'en-GB' : 'da-DK');

/**
 * Formatters made once per language and options: making an `Intl` formatter costs far more
 * than using one, and a list page formats hundreds of values. The key is built by the
 * caller, as cheaply as its options allow.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const dayFormat = (locale: string, dateStyle: Intl.DateTimeFormatOptions['dateStyle']) =>
  cached(
    `day ${locale} ${dateStyle}`,
    () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle }),
  );

/**
 * Formats a date-only value (`YYYY-MM-DD`). It is read as midnight UTC and formatted in
 * UTC, so no time zone can move it to the day before or after.
 */
export const formatDay = (
  day: IsoDate,
  locale: string,
  dateStyle: Intl.DateTimeFormatOptions['dateStyle'] = 'medium',
): string => dayFormat(locale, dateStyle).format(new Date(`${day}T00:00:00Z`));

/** A number formatter for the locale (`intlLocale`), made once per options. */
export const numberFormat = (
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat =>
  cached(
    `number ${locale} ${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  );

/** Formats 0–100 as a percentage in the locale's way ("60 %" in Danish, "60%" in English). */
export const formatPercent = (value: number, locale: string): string =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);

/**
 * Makes the formatters every signed-in page starts with. The first `Intl` formatter a page
 * makes also starts the browser's `Intl` engine, a one-off 30–60 ms on this machine and four
 * times that on a phone; the entry calls this while the page's code downloads, so that
 * drawing the first page does not pay it.
 */
export const prepareFormats = (language: string): void => {
  const locale = intlLocale(language);
  dayFormat(locale, 'medium');
  numberFormat(locale);
};

/** Instants are shown as the time in Denmark, where the plan is kept. */
export const PLAN_TIME_ZONE = 'Europe/Copenhagen';

/** Formats an instant (ISO timestamp) as date and time in the plan's time zone. */
export const formatInstant = (instant: string, locale: string): string =>
  cached(
    `instant ${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone: PLAN_TIME_ZONE,
        dateStyle: 'long',
        timeStyle: 'short',
      }),
  ).format(new Date(instant));

/** Reads a number as the person writes it: "1.750" or "12,5" in Danish, "1,750" or "12.5" in English. */
export function parseNumber(text: string, locale: string): number | null {
  const danish = locale.startsWith('da');
  const plain = text
    .trim()
    .replace(/\s/g, '')
    .replace(danish ? /\./g : /,/g, '')
    .replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return null;
  return Number(plain);
}
