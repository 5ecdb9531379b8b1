import type ExcelJS from 'exceljs';
import type { Language } from '@pejling/contracts';
import { enumLabel, WORKBOOK_WORDS, type ColumnDef, type SheetDef } from '../sheets';

/** One list of values a column's cells offer in a drop-down, as one column of the lists sheet. */
interface DropDownList {
  /** What the list is, so that two columns with the same choices share one list. */
  id: string;
  /** Its heading on the lists sheet, for a person who unhides it. */
  name: string;
  values: string[];
  /**
   * How Excel answers a typed value that is not on the list. Both styles let the person keep
   * it (the import checks every value anyway): a warning for a fixed set of choices, where
   * another value is a mistake; only a note for an organisation, which may be new in the file.
   */
  errorStyle: 'warning' | 'information';
}

/** The organisations' short names, named as the organisations sheet's column of them. */
const ORGANISATIONS_LIST_NAME: Record<Language, string> = {
  da: 'Organisationer: Forkortelse',
  en: 'Organisations: Short name',
};

const MESSAGES: Record<Language, { errorTitle: string; error: string }> = {
  da: {
    errorTitle: 'Ikke på listen',
    error: 'Vælg helst en værdi fra listen. Pejling tjekker alle værdier, når du importerer filen.',
  },
  en: {
    errorTitle: 'Not on the list',
    error:
      'Please pick a value from the list. Pejling checks every value when you import the file.',
  },
};

/**
 * The drop-down lists of the workbook's columns. Excel keeps an inline list in the
 * validation itself, limited to 255 characters, so the values are written to a hidden
 * sheet instead and each validation refers to its range there.
 */
export class DropDownLists {
  private readonly lists: DropDownList[] = [];
  private readonly organisations: string[];

  /**
   * @param sheetName the hidden sheet the lists are written to
   * @param organisations the short names a single-organisation column offers
   */
  constructor(
    private readonly language: Language,
    private readonly sheetName: string,
    organisations: readonly string[],
  ) {
    this.organisations = [...new Set(organisations)].sort(new Intl.Collator(language).compare);
  }

  /** The validation for a column's cells, or null for a column without a drop-down. */
  validationFor(column: ColumnDef, def: SheetDef): ExcelJS.DataValidation | null {
    const list = this.listFor(column, def);
    if (!list || list.values.length === 0) return null;
    let index = this.lists.findIndex((known) => known.id === list.id);
    if (index < 0) index = this.lists.push(list) - 1;
    const letter = columnLetter(index + 1);
    const quotedSheet = `'${this.sheetName.replace(/'/g, "''")}'`;
    return {
      type: 'list',
      allowBlank: true,
      formulae: [`${quotedSheet}!$${letter}$2:$${letter}$${list.values.length + 1}`],
      showErrorMessage: true,
      errorStyle: list.errorStyle,
      ...MESSAGES[this.language],
    };
  }

  /** Writes every list that a validation refers to, one per column under its name. */
  write(sheet: ExcelJS.Worksheet): void {
    const height = Math.max(0, ...this.lists.map((list) => list.values.length));
    sheet.columns = this.lists.map(() => ({ width: 24 }));
    sheet.addRow(this.lists.map((list) => list.name)).commit();
    for (let i = 0; i < height; i++) {
      sheet.addRow(this.lists.map((list) => list.values[i] ?? null)).commit();
    }
  }

  private listFor(column: ColumnDef, def: SheetDef): DropDownList | null {
    const kind = column.kind;
    const language = this.language;
    switch (kind.type) {
      case 'enum':
        return {
          id: `enum:${kind.labels}:${kind.values.join(',')}`,
          name: `${def.title[language]}: ${column.header[language]}`,
          values: kind.values.map((value) => enumLabel(kind.labels, value, language)),
          errorStyle: 'warning',
        };
      case 'boolean': {
        const { yes, no } = WORKBOOK_WORDS[language];
        return { id: 'boolean', name: `${yes}/${no}`, values: [yes, no], errorStyle: 'warning' };
      }
      case 'ref':
        return kind.to === 'organisations'
          ? {
              id: 'organisations',
              name: ORGANISATIONS_LIST_NAME[language],
              values: this.organisations,
              errorStyle: 'information',
            }
          : null;
      default:
        return null;
    }
  }
}

/** A column's letters: 1 → A, 27 → AA. */
function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
