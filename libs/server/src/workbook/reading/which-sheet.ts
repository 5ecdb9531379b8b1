import { LANGUAGES } from '@pejling/contracts';
import { SHEETS, WORKBOOK_WORDS, type SheetDef } from '../sheets';
import { headerRole } from './columns';
import { normalise } from './words';

/** Which of SHEETS a worksheet or a CSV file is: by its name, or by its headers. */

/** The sheet a name is the title of, in either language. */
export const sheetTitled = (name: string): SheetDef | undefined =>
  SHEETS.find((def) =>
    LANGUAGES.some((language) => normalise(def.title[language]) === normalise(name)),
  );

const HELPER_SHEETS = new Set(
  LANGUAGES.flatMap((language) => [
    WORKBOOK_WORDS[language].guide,
    WORKBOOK_WORDS[language].lists,
  ]).map(normalise),
);

/** Whether a worksheet is the workbook's guide or its drop-down lists, which hold no records. */
export const isHelperSheet = (name: string): boolean => HELPER_SHEETS.has(normalise(name));

/**
 * The sheets that know the most of these headers (at least one): one, when the headers
 * tell which sheet a CSV file is; several, when they fit more than one equally well.
 */
export function sheetsFitting(headers: readonly string[]): SheetDef[] {
  const known = SHEETS.map((def) => ({
    def,
    count: headers.filter((header) => headerRole(def, header) !== undefined).length,
  }));
  const most = Math.max(...known.map(({ count }) => count));
  return most === 0 ? [] : known.filter(({ count }) => count === most).map(({ def }) => def);
}
