import type { Language } from '@pejling/contracts';
import { READING_MESSAGES } from './messages';
import type { CellResult } from './cell-result';

/**
 * A date cell as its canonical value, YYYY-MM-DD. Excel gives a real date, or the number it
 * stores a date as (its "serial"); a CSV or a text cell gives what a person typed: ISO
 * (2017-06-15) or day first as in Danish (15.06.2017, 15-06-2017, 15/6/2017). What could be
 * read two ways — a two-digit year, month first (6/15/2017) — is an error with the date it
 * probably is as a suggestion, never a guess taken.
 */

/** Excel's serial of 1970-01-01 in its 1900 date system. */
const SERIAL_OF_1970 = 25569;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * The serials taken: from 1900-03-01 (61) to 9999-12-31. Excel counts a 29 February 1900
 * that never was (serial 60), so serials below 61 are a day off; no plan is that old.
 */
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2958465;
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;

const ISO = /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})([-./])(\d{1,2})\2(\d{2}|\d{4})$/;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** Whether the day exists (no 30 February) in the years taken. */
function exists(year: number, month: number, day: number): boolean {
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A date as the importer writes it: 15.06.2017 in Danish, 2017-06-15 in English. */
const written = (year: number, month: number, day: number, language: Language) =>
  language === 'da' ? `${pad(day)}.${pad(month)}.${year}` : iso(year, month, day);

export function dateValue(cell: string | number | boolean | Date, language: Language): CellResult {
  const m = READING_MESSAGES[language];
  if (cell instanceof Date) {
    const year = cell.getUTCFullYear();
    if (Number.isNaN(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      return { problem: m.dateOutOfRange(String(cell)) };
    }
    return { value: iso(year, cell.getUTCMonth() + 1, cell.getUTCDate()) };
  }
  if (typeof cell === 'number') {
    // A time of day is the serial's fraction: the day is its whole part.
    const serial = Math.floor(cell);
    if (!(serial >= FIRST_SERIAL && serial <= LAST_SERIAL)) {
      return { problem: m.dateOutOfRange(String(cell)) };
    }
    return { value: new Date((serial - SERIAL_OF_1970) * DAY_MS).toISOString().slice(0, 10) };
  }
  const text = String(cell).trim();
  const example = written(2017, 6, 15, language);
  const isoParts = ISO.exec(text);
  if (isoParts) {
    const [year, month, day] = [isoParts[1], isoParts[3], isoParts[4]].map(Number);
    return exists(year, month, day)
      ? { value: iso(year, month, day) }
      : { problem: m.noSuchDate(text) };
  }
  const parts = DAY_FIRST.exec(text);
  if (!parts) return { problem: m.notADate(text, example) };
  let [first, second, year] = [parts[1], parts[3], parts[4]].map(Number);
  const twoDigitYear = parts[4].length === 2;
  // Month first is certain only when the "month" cannot be one; 6/5/2017 is 6 May.
  const monthFirst = second > 12 && first <= 12;
  if (monthFirst) [first, second] = [second, first];
  // Only ever a suggestion, so this century will do.
  if (twoDigitYear) year += 2000;
  const suggestion = exists(year, second, first)
    ? written(year, second, first, language)
    : undefined;
  if (twoDigitYear) return { problem: m.twoDigitYear(text), suggestion };
  if (monthFirst) return { problem: m.monthFirst(text), suggestion };
  return suggestion ? { value: iso(year, second, first) } : { problem: m.noSuchDate(text) };
}
