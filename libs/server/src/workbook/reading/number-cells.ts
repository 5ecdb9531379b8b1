import type { Language } from '@pejling/contracts';
import type { CellResult } from './cell-result';
import { READING_MESSAGES } from './messages';

/**
 * A number cell as its canonical value. Excel gives a number as it is; a text is read as
 * Danish or English writes it, whichever it can only be: 1234,5 and 1.234,5 (Danish),
 * 1234.5 and 1,234.5 (English), 1 234,5 (grouped with spaces). One separator followed by
 * exactly three digits (1.234, 1,234) is a thousands separator in one language and a
 * decimal point in the other: an error that says so, never a guess.
 */

const WHOLE = /^\d+$/;
/** One separator: decimals, unless it is the ambiguous case. */
const ONE_SEPARATOR = /^(\d+)[.,](\d+)$/;
/** 1–3 digits (not a lone 0), a separator and three digits: thousands or decimals. */
const AMBIGUOUS = /^([1-9]\d{0,2})[.,](\d{3})$/;
/** Thousands grouped with points, decimals after a comma (1.234.567,89). */
const DANISH = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
/** Thousands grouped with commas, decimals after a point (1,234,567.89). */
const ENGLISH = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** Thousands grouped with spaces, decimals after either (1 234 567,89). */
const SPACED = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;

/** 1,234 read both ways: its sign, the digits before the separator and the three after. */
interface Ambiguous {
  sign: string;
  whole: string;
  three: string;
}

/** The number a text writes, or the two it may write, or null when it is none. */
function parseNumber(text: string): number | Ambiguous | null {
  // Excel and Word write non-breaking spaces between digit groups.
  const compact = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  const sign = /^[-+]/.test(compact) ? compact[0] : '';
  const digits = compact.slice(sign.length);
  const signed = (plain: string) => Number(`${sign}${plain}`);
  if (WHOLE.test(digits)) return signed(digits);
  const ambiguous = AMBIGUOUS.exec(digits);
  if (ambiguous) return { sign: sign === '-' ? '-' : '', whole: ambiguous[1], three: ambiguous[2] };
  const one = ONE_SEPARATOR.exec(digits);
  if (one) return signed(`${one[1]}.${one[2]}`);
  if (DANISH.test(digits)) return signed(digits.replace(/\./g, '').replace(',', '.'));
  if (ENGLISH.test(digits)) return signed(digits.replace(/,/g, ''));
  if (SPACED.test(digits)) return signed(digits.replace(/ /g, '').replace(',', '.'));
  return null;
}

/** A number as the importer writes it: a decimal comma in Danish, a point in English. */
const written = (text: string, language: Language) =>
  language === 'da' ? text.replace('.', ',') : text;

export function numberValue(
  cell: string | number | boolean | Date,
  integer: boolean,
  language: Language,
): CellResult {
  const m = READING_MESSAGES[language];
  const text = typeof cell === 'string' ? cell.trim() : String(cell);
  const value =
    typeof cell === 'number'
      ? Number.isFinite(cell)
        ? cell
        : null
      : typeof cell === 'string'
        ? parseNumber(cell)
        : null;

  if (value === null) return { problem: m.notANumber(text) };
  if (typeof value === 'object') {
    const { sign, whole, three } = value;
    const thousands = `${sign}${whole}${three}`;
    return {
      problem: m.ambiguousNumber(
        text,
        thousands,
        written(`${sign}${whole}.${three}`, language),
        written(`${sign}${whole}.${three}0`, language),
      ),
      suggestion: thousands,
    };
  }
  if (integer && !Number.isInteger(value)) {
    return { problem: m.notAnInteger(text), suggestion: String(Math.round(value)) };
  }
  return { value };
}
