import dayjs, { type Dayjs } from 'dayjs';

/**
 * A date-only value (`YYYY-MM-DD`, as forms and the API keep it) to and from the date
 * picker's value. Both ways go through local midnight of that day, so no time zone moves it
 * to the day before or after.
 */

/** The picker's value for a form value: null for none (or anything but a date). */
export const dayToPicker = (day: unknown): Dayjs | null => {
  const match = typeof day === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(day) : null;
  if (!match) return null;
  const [, year, month, date] = match.map(Number);
  const value = dayjs(new Date(year, month - 1, date));
  // Not a day of the calendar (2017-02-30) rolls over; take it as no date at all.
  return value.date() === date ? value : null;
};

/** The form value of a complete, valid date in the picker; null for none or an invalid one. */
export const pickerToDay = (value: Dayjs | null): string | null =>
  value?.isValid() ? value.format('YYYY-MM-DD') : null;

/** The date library's locale for a UI language: English as in Britain, as `intlLocale`. */
export const pickerLocale = (locale: string): 'da' | 'en-gb' => (locale === 'en' ? 'en-gb' : 'da');
