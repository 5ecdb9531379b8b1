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
 * One formatter per language and style, made once: making an `Intl.DateTimeFormat` costs
 * far more than using one, and a list page formats hundreds of days.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: string, dateStyle: Intl.DateTimeFormatOptions['dateStyle']) {
  const key = `${locale} ${dateStyle}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle });
    dayFormats.set(key, format);
  }
  return format;
}

/** Formats 0–100 as a percentage in the locale's way ("60 %" in Danish, "60%" in English). */
export const formatPercent = (value: number, locale: string): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);

/** Instants are shown as the time in Denmark, where the plan is kept. */
export const PLAN_TIME_ZONE = 'Europe/Copenhagen';

/** Formats an instant (ISO timestamp) as date and time in the plan's time zone. */
export const formatInstant = (instant: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, {
    timeZone: PLAN_TIME_ZONE,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(instant));

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
