import type { IsoDate } from '@pejling/contracts';

/** The BCP 47 tag used to format dates and numbers for a UI locale. */
export const intlLocale = (locale: string): string => (locale === 'en' ? 'en-GB' : 'da-DK');

/**
 * Formats a date-only value (`YYYY-MM-DD`). It is read as midnight UTC and formatted in
 * UTC, so no time zone can move it to the day before or after.
 */
export const formatDay = (
  day: IsoDate,
  locale: string,
  dateStyle: Intl.DateTimeFormatOptions['dateStyle'] = 'medium',
): string => dayFormat(locale, dateStyle).format(new Date(`${day}T00:00:00Z`));

/**
 * One formatter per language, time zone and style, made once: making an
 * `Intl.DateTimeFormat` costs far more than using one (on a phone, the first tens of
 * milliseconds), and a list page formats hundreds of dates.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}
const dayFormat = (locale: string, dateStyle: Intl.DateTimeFormatOptions['dateStyle']) =>
  dateFormat(locale, { timeZone: 'UTC', dateStyle });

/** Formats 0–100 as a percentage in the locale's way ("60 %" in Danish, "60%" in English). */
export const formatPercent = (value: number, locale: string): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);

/** Instants are shown as the time in Denmark, where the plan is kept. */
export const PLAN_TIME_ZONE = 'Europe/Copenhagen';

/** Formats an instant (ISO timestamp) as date and time in the plan's time zone. */
export const formatInstant = (instant: string, locale: string): string =>
  dateFormat(locale, { timeZone: PLAN_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(instant),
  );

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
