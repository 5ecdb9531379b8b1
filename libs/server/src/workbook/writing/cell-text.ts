import type { Language } from '@pejling/contracts';
import {
  enumLabel,
  WORKBOOK_WORDS,
  type CellValue,
  type ColumnDef,
  type MarkedRef,
} from '../sheets';

/** A canonical date: YYYY-MM-DD. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date-only value as the language writes it: 15.06.2017 in Danish, 2017-06-15 in English. */
function dateText(iso: string, language: Language): string {
  const parts = ISO_DATE.exec(iso);
  if (!parts || language === 'en') return iso;
  const [, year, month, day] = parts;
  return `${day}.${month}.${year}`;
}

/**
 * A number as the language writes it, without grouping: a thousands separator would read
 * as a decimal point in the other language (1.234 is 1234 in Danish, 1.234 in English).
 */
const numberText = (value: number, language: Language): string =>
  language === 'da' ? String(value).replace('.', ',') : String(value);

/** A list of references: "UFM (udledt), CED". */
const refsText = (entries: readonly (string | MarkedRef)[], language: Language): string =>
  entries
    .map((entry) =>
      typeof entry === 'string'
        ? entry
        : entry.inferred
          ? `${entry.key} (${WORKBOOK_WORDS[language].inferred})`
          : entry.key,
    )
    .join(', ');

/**
 * A canonical value as a person reads it in `language`: the preview's before and after,
 * and the text cells of the workbook. Null for an empty value (null, "", no entries).
 * A value of another shape than its column's kind is written as it is, never dropped.
 */
export function cellText(value: CellValue, column: ColumnDef, language: Language): string | null {
  if (value === null || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : refsText(value, language);
  const kind = column.kind;
  if (typeof value === 'boolean') {
    return value ? WORKBOOK_WORDS[language].yes : WORKBOOK_WORDS[language].no;
  }
  if (typeof value === 'number') return numberText(value, language);
  switch (kind.type) {
    case 'date':
      return dateText(value, language);
    case 'enum':
      return enumLabel(kind.labels, value, language);
    default:
      return value;
  }
}
