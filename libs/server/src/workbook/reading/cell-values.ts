import { ENUM_LABELS, LANGUAGES, type Language } from '@pejling/contracts';
import { enumLabel, WORKBOOK_WORDS, type ColumnKind, type MarkedRef } from '../sheets';
import type { CellResult } from './cell-result';
import { dateValue } from './date-cells';
import { READING_MESSAGES } from './messages';
import { numberValue } from './number-cells';
import { isBadCell, isBlank, isoDay, type RawCell } from './raw-table';
import { closest, normalise } from './words';

/**
 * A cell as the canonical value of its column's kind (see sheets.ts), or what is wrong
 * with it. Whether a required column has a value is not checked here: the importer decides
 * whether a row makes a record.
 */
export function canonicalValue(cell: RawCell, kind: ColumnKind, language: Language): CellResult {
  const m = READING_MESSAGES[language];
  if (isBadCell(cell)) {
    return {
      problem:
        cell.bad === 'formulaWithoutResult' ? m.formulaWithoutResult : m.errorValue(cell.text),
    };
  }
  if (cell === null || isBlank(cell)) return { value: null };
  switch (kind.type) {
    case 'text':
    case 'ref':
      return { value: plainText(cell) };
    case 'date':
      return dateValue(cell, language);
    case 'integer':
    case 'number':
      return numberValue(cell, kind.type === 'integer', language);
    case 'boolean':
      return booleanValue(cell, language);
    case 'enum':
      return enumValue(plainText(cell), kind, language);
    case 'refs':
      return refsValue(plainText(cell), kind.marked ?? false);
  }
}

/** A value as text, trimmed; a date (Excel turns "1/2" into one) as YYYY-MM-DD. */
const plainText = (cell: string | number | boolean | Date): string =>
  cell instanceof Date ? isoDay(cell) : String(cell).trim();

/** Yes and no in either language, as Excel writes them (Danish Excel: SAND, FALSK), and as marks. */
const YES = new Set(
  [...LANGUAGES.map((l) => WORKBOOK_WORDS[l].yes), 'true', 'sand', 'x', '1'].map(normalise),
);
const NO = new Set(
  [...LANGUAGES.map((l) => WORKBOOK_WORDS[l].no), 'false', 'falsk', '0'].map(normalise),
);

function booleanValue(cell: string | number | boolean | Date, language: Language): CellResult {
  if (typeof cell === 'boolean') return { value: cell };
  const word = normalise(plainText(cell));
  if (YES.has(word)) return { value: true };
  if (NO.has(word)) return { value: false };
  const { yes, no } = WORKBOOK_WORDS[language];
  return { problem: READING_MESSAGES[language].notABoolean(plainText(cell), yes, no) };
}

type EnumKind = Extract<ColumnKind, { type: 'enum' }>;

/**
 * The words an enumeration's value may be written as, normalised: its code ("in_progress"
 * is "in progress") and its label in either language. The label of health's `none` ("Ikke
 * vurderet"), which no column takes as a value, is an empty cell: that is how it is stored.
 */
function enumWords(kind: EnumKind): Map<string, string | null> {
  const words = new Map<string, string | null>();
  for (const language of LANGUAGES) {
    const labels = ENUM_LABELS[language][kind.labels] as Record<string, string>;
    if ('none' in labels && !kind.values.includes('none')) words.set(normalise(labels.none), null);
  }
  for (const value of kind.values) {
    words.set(normalise(value), value);
    for (const language of LANGUAGES) {
      words.set(normalise(enumLabel(kind.labels, value, language)), value);
    }
  }
  return words;
}

const ENUM_WORDS = new WeakMap<EnumKind, Map<string, string | null>>();

function enumValue(text: string, kind: EnumKind, language: Language): CellResult {
  let words = ENUM_WORDS.get(kind);
  if (!words) ENUM_WORDS.set(kind, (words = enumWords(kind)));
  const value = words.get(normalise(text));
  if (value !== undefined) return { value };
  const near = closest(text, [...words.keys()]);
  const nearValue = near === undefined ? null : words.get(near);
  return {
    problem: READING_MESSAGES[language].unknownEnum(
      text,
      kind.values.map((v) => enumLabel(kind.labels, v, language)),
    ),
    suggestion: nearValue ? enumLabel(kind.labels, nearValue, language) : undefined,
  };
}

/** "UFM (udledt)", "Klyngeforum (inferred)": the mark of an inferred lead, in either language. */
const INFERRED_MARK = new RegExp(
  `\\(\\s*(?:${LANGUAGES.map((l) => WORKBOOK_WORDS[l].inferred).join('|')})\\s*\\)$`,
  'i',
);

/**
 * A list of references: entries separated by commas, semicolons or line breaks (Alt+Enter
 * in a cell). In a `marked` column each entry says whether it is an inferred one.
 */
function refsValue(text: string, marked: boolean): CellResult {
  const entries = text
    .split(/[,;\r\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!marked) return { value: entries.length ? entries : null };
  const refs: MarkedRef[] = entries
    .map((entry) => {
      const inferred = INFERRED_MARK.test(entry);
      return { key: entry.replace(INFERRED_MARK, '').trim(), inferred };
    })
    .filter((ref) => ref.key !== '');
  return { value: refs.length ? refs : null };
}
