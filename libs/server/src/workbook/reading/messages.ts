import { formatFileSize, type Language } from '@pejling/contracts';

/** What reading a file tells its importer, in Danish and English. */
export interface ReadingMessages {
  // The file as a whole (an UnreadableFile).
  empty: string;
  notSpreadsheet: string;
  otherSpreadsheetFormat: string;
  oldXls: string;
  encrypted: string;
  utf16: string;
  damaged: string;
  csvDamaged: (row: number) => string;
  zipBomb: (entry: string, ratio: number) => string;
  tooLarge: (limitBytes: number) => string;
  tooManyEntries: (entries: number, limit: number) => string;
  encryptedEntries: string;
  tooManyRows: (rows: number, limit: number) => string;
  // Sheets and columns.
  unknownSheet: (name: string, known: string[]) => string;
  duplicateSheet: (name: string, first: string) => string;
  csvSheetUnknown: (known: string[]) => string;
  csvSheetAmbiguous: (candidates: string[]) => string;
  unknownColumn: (header: string, known: string[]) => string;
  duplicateColumn: (header: string) => string;
  columnWithoutHeader: (letter: string) => string;
  mergedCells: (range: string) => string;
  badRowId: (text: string) => string;
  // Cells.
  formulaWithoutResult: string;
  errorValue: (error: string) => string;
  notADate: (text: string, example: string) => string;
  noSuchDate: (text: string) => string;
  dateOutOfRange: (text: string) => string;
  twoDigitYear: (text: string) => string;
  monthFirst: (text: string) => string;
  notANumber: (text: string) => string;
  ambiguousNumber: (text: string, thousands: string, decimals: string, padded: string) => string;
  notAnInteger: (text: string) => string;
  notABoolean: (text: string, yes: string, no: string) => string;
  unknownEnum: (text: string, allowed: string[]) => string;
}

const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** A whole number as the language writes it: 50.000 in Danish, 50,000 in English. */
const formatCount = (n: number, language: Language): string => n.toLocaleString(LOCALES[language]);

const list = (items: string[], language: Language, type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat(LOCALES[language], { type }).format(items);

const da = (text: string) => `»${text}«`;
const en = (text: string) => `“${text}”`;

export const READING_MESSAGES: Record<Language, ReadingMessages> = {
  da: {
    empty: 'Filen er tom.',
    notSpreadsheet: 'Filen er ikke et regneark: Pejling læser .xlsx- og .csv-filer.',
    otherSpreadsheetFormat:
      'Filen er et regneark i et format, Pejling ikke læser (fx .ods eller .xlsb): gem det som .xlsx, og prøv igen.',
    oldXls:
      'Filen er i Excels gamle format (.xls): gem den som Excel-projektmappe (.xlsx), og prøv igen.',
    encrypted:
      'Filen er krypteret (beskyttet med adgangskode), så Pejling kan ikke læse den: gem den uden adgangskode, og prøv igen.',
    utf16: 'Filen er tekst i UTF-16: gem den som CSV UTF-8 eller som .xlsx, og prøv igen.',
    damaged: 'Filen er beskadiget og kan ikke læses: gem den igen i Excel, og prøv igen.',
    csvDamaged: (row) =>
      `CSV-filen kan ikke læses (fejl i række ${row}): se efter et anførselstegn, der ikke er lukket.`,
    zipBomb: (entry, ratio) =>
      `Filen er afvist uden at blive læst: delen ${da(entry)} ville pakkes ud til ${formatCount(ratio, 'da')} gange sin størrelse, som en zip-bombe.`,
    tooLarge: (limit) =>
      `Filen er afvist uden at blive læst: pakket ud ville den fylde mere end ${formatFileSize(limit, LOCALES.da)}.`,
    tooManyEntries: (entries, limit) =>
      `Filen er afvist uden at blive læst: den består af ${formatCount(entries, 'da')} dele, et regneark af højst ${formatCount(limit, 'da')}.`,
    encryptedEntries:
      'Filen har krypterede dele og kan ikke læses: gem den uden adgangskode, og prøv igen.',
    tooManyRows: (rows, limit) =>
      `Filen har ${formatCount(rows, 'da')} rækker; Pejling læser højst ${formatCount(limit, 'da')} rækker i én indlæsning.`,
    unknownSheet: (name, known) =>
      `Arket ${da(name)} kendes ikke og læses ikke. Pejling læser arkene ${list(known.map(da), 'da', 'conjunction')}.`,
    duplicateSheet: (name, first) =>
      `Arket ${da(name)} er det samme ark som ${da(first)} og læses ikke: kun ${da(first)} læses.`,
    csvSheetUnknown: (known) =>
      `Pejling kan ikke se, hvilket ark filens kolonner hører til: giv filen arkets navn, ${list(
        known.map((name) => da(`${name}.csv`)),
        'da',
        'disjunction',
      )}.`,
    csvSheetAmbiguous: (candidates) =>
      `Filens kolonner passer til flere ark (${list(candidates.map(da), 'da', 'conjunction')}): giv filen arkets navn, fx ${da(`${candidates[0]}.csv`)}.`,
    unknownColumn: (header, known) =>
      `Kolonnen ${da(header)} kendes ikke i dette ark og læses ikke. Arkets kolonner er ${list(known.map(da), 'da', 'conjunction')}.`,
    duplicateColumn: (header) =>
      `Kolonnen ${da(header)} findes flere gange i arket: kun den første læses.`,
    columnWithoutHeader: (letter) =>
      `Kolonne ${letter} har ingen overskrift, så den læses ikke: giv den en overskrift, eller slet den.`,
    mergedCells: (range) =>
      `Cellerne ${range} er flettet: ophæv fletningen, og skriv værdien i hver af cellerne.`,
    badRowId: (text) =>
      `${da(text)} er ikke et række-id, som Pejling har skrevet: lad kolonnen stå, som Pejling skrev den.`,
    formulaWithoutResult:
      'Cellen er en formel uden beregnet værdi: åbn og gem filen i Excel (så gemmes værdien), eller skriv værdien i stedet.',
    errorValue: (error) => `Cellen har fejlværdien ${error}: ret formlen, eller skriv værdien.`,
    notADate: (text, example) => `${da(text)} er ikke en dato: skriv den som fx ${example}.`,
    noSuchDate: (text) => `Datoen ${da(text)} findes ikke.`,
    dateOutOfRange: (text) => `${da(text)} er ikke en dato mellem år 1900 og 9999.`,
    twoDigitYear: (text) =>
      `${da(text)} har et årstal med kun to cifre: skriv årstallet med fire cifre.`,
    monthFirst: (text) =>
      `${da(text)} har måneden før dagen (som på amerikansk): skriv dagen først.`,
    notANumber: (text) => `${da(text)} er ikke et tal.`,
    ambiguousNumber: (text, thousands, decimals, padded) =>
      `${da(text)} kan læses både som ${thousands} og som ${decimals}: skriv tallet uden tusindtalsseparator (${thousands}), eller med et nul mere efter kommaet (${padded}).`,
    notAnInteger: (text) => `${da(text)} er ikke et helt tal.`,
    notABoolean: (text, yes, no) => `${da(text)} er hverken ${da(yes)} eller ${da(no)}.`,
    unknownEnum: (text, allowed) =>
      `${da(text)} er ikke en af de mulige værdier: ${list(allowed.map(da), 'da', 'disjunction')}.`,
  },
  en: {
    empty: 'The file is empty.',
    notSpreadsheet: 'The file is not a spreadsheet: Pejling reads .xlsx and .csv files.',
    otherSpreadsheetFormat:
      'The file is a spreadsheet in a format Pejling does not read (such as .ods or .xlsb): save it as .xlsx and try again.',
    oldXls:
      'The file is in the old Excel format (.xls): save it as an Excel workbook (.xlsx) and try again.',
    encrypted:
      'The file is encrypted (password-protected), so Pejling cannot read it: save it without a password and try again.',
    utf16: 'The file is text in UTF-16: save it as CSV UTF-8 or as .xlsx and try again.',
    damaged: 'The file is damaged and cannot be read: save it again in Excel and try again.',
    csvDamaged: (row) =>
      `The CSV file cannot be read (an error in row ${row}): look for a quote that is not closed.`,
    zipBomb: (entry, ratio) =>
      `The file was refused unread: its part ${en(entry)} would unpack to ${formatCount(ratio, 'en')} times its size, as a zip bomb does.`,
    tooLarge: (limit) =>
      `The file was refused unread: unpacked, it would take more than ${formatFileSize(limit, LOCALES.en)}.`,
    tooManyEntries: (entries, limit) =>
      `The file was refused unread: it has ${formatCount(entries, 'en')} parts, a spreadsheet at most ${formatCount(limit, 'en')}.`,
    encryptedEntries:
      'The file has encrypted parts and cannot be read: save it without a password and try again.',
    tooManyRows: (rows, limit) =>
      `The file has ${formatCount(rows, 'en')} rows; Pejling reads at most ${formatCount(limit, 'en')} rows in one import.`,
    unknownSheet: (name, known) =>
      `The sheet ${en(name)} is unknown and is not read. Pejling reads the sheets ${list(known.map(en), 'en', 'conjunction')}.`,
    duplicateSheet: (name, first) =>
      `The sheet ${en(name)} is the same sheet as ${en(first)} and is not read: only ${en(first)} is.`,
    csvSheetUnknown: (known) =>
      `Pejling cannot tell which sheet the file's columns belong to: name the file after the sheet, ${list(
        known.map((name) => en(`${name}.csv`)),
        'en',
        'disjunction',
      )}.`,
    csvSheetAmbiguous: (candidates) =>
      `The file's columns fit several sheets (${list(candidates.map(en), 'en', 'conjunction')}): name the file after the sheet, such as ${en(`${candidates[0]}.csv`)}.`,
    unknownColumn: (header, known) =>
      `The column ${en(header)} is unknown in this sheet and is not read. The sheet's columns are ${list(known.map(en), 'en', 'conjunction')}.`,
    duplicateColumn: (header) =>
      `The column ${en(header)} is in the sheet more than once: only the first is read.`,
    columnWithoutHeader: (letter) =>
      `Column ${letter} has no header, so it is not read: give it a header or delete it.`,
    mergedCells: (range) =>
      `The cells ${range} are merged: unmerge them and write the value in each of the cells.`,
    badRowId: (text) =>
      `${en(text)} is not a row id that Pejling wrote: leave the column as Pejling wrote it.`,
    formulaWithoutResult:
      'The cell is a formula without a calculated value: open and save the file in Excel (which stores the value), or write the value instead.',
    errorValue: (error) =>
      `The cell has the error value ${error}: fix the formula or write the value.`,
    notADate: (text, example) => `${en(text)} is not a date: write it like ${example}.`,
    noSuchDate: (text) => `The date ${en(text)} does not exist.`,
    dateOutOfRange: (text) => `${en(text)} is not a date between the years 1900 and 9999.`,
    twoDigitYear: (text) =>
      `${en(text)} has a year of only two digits: write the year with four digits.`,
    monthFirst: (text) =>
      `${en(text)} has the month before the day (as in American English): write the day first, or write the date as year-month-day.`,
    notANumber: (text) => `${en(text)} is not a number.`,
    ambiguousNumber: (text, thousands, decimals, padded) =>
      `${en(text)} can be read both as ${thousands} and as ${decimals}: write the number without a thousands separator (${thousands}), or with one more zero after the decimal point (${padded}).`,
    notAnInteger: (text) => `${en(text)} is not a whole number.`,
    notABoolean: (text, yes, no) => `${en(text)} is neither ${en(yes)} nor ${en(no)}.`,
    unknownEnum: (text, allowed) =>
      `${en(text)} is not one of the possible values: ${list(allowed.map(en), 'en', 'disjunction')}.`,
  },
};
