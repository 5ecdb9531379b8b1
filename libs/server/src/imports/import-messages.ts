import type { Language } from '@pejling/contracts';

/**
 * What the import tells a person about their file, in their language. Sheet, row and
 * column travel beside each message (`ImportError`), so a message names only the value.
 */
export interface ImportMessages {
  required: string;
  unknownId: (id: number) => string;
  idTwice: (id: number, row: number) => string;
  keyTwice: (key: string, row: number) => string;
  keyTaken: (key: string) => string;
  idOfOtherStrategy: string;
  noRecord: (key: string) => string;
  ambiguous: (key: string, candidates: string[]) => string;
  createOnly: string;
  oneStrategyRow: string;
  strategySheetNeeded: string;
  strategyNameTaken: (name: string) => string;
  noSeries: (target: string, key: string) => string;
  invalid: (problem: string) => string;
  partOfUnknownTarget: (target: string) => string;
  periodEndsBeforeStart: string;
  codeOfOtherArea: (area: string) => string;
  overrideWithoutReason: string;
  completedAfterToday: (today: string) => string;
  regionOnNational: (target: string) => string;
  yearBeforeBaseline: (year: number) => string;
  yearAfterTarget: (year: number) => string;
  returnReasonMissing: string;
  returnReasonNotReturned: string;
}

export const IMPORT_MESSAGES: Record<Language, ImportMessages> = {
  da: {
    required: 'skal udfyldes',
    unknownId: (id) =>
      `Pejling-id ${id} hører ikke til en post i denne strategi; slet cellen for at oprette rækken som ny`,
    idTwice: (id, row) => `Pejling-id ${id} står også i række ${row}: en post kan kun stå én gang`,
    keyTwice: (key, row) => `"${key}" står også i række ${row}: nøglen skal være entydig`,
    keyTaken: (key) =>
      `"${key}" bruges allerede af en post, som ikke er i regnearket: vælg en anden nøgle, eller tilføj posten med sit Pejling-id`,
    idOfOtherStrategy:
      'arket er en anden strategis: vælg den strategi, regnearket er hentet fra, eller importér det som en ny strategi',
    noRecord: (key) => `"${key}" findes hverken i regnearket eller i Pejling`,
    ambiguous: (key, candidates) =>
      `"${key}" kan være flere: ${candidates.join(', ')}; skriv den entydige nøgle`,
    createOnly:
      'kan ikke ændres: den er en del af postens historik (sættes kun, når posten oprettes)',
    oneStrategyRow: 'arket skal have præcis én række: strategien',
    strategySheetNeeded: 'arket Strategi skal være med for at oprette en ny strategi',
    strategyNameTaken: (name) =>
      `der findes allerede en strategi med navnet "${name}": vælg den for at opdatere den, eller giv den nye et andet navn`,
    noSeries: (target, key) => `pejlemærke ${target} har ingen serie "${key}"`,
    invalid: (problem) => `ugyldig værdi: ${problem}`,
    partOfUnknownTarget: (target) =>
      `pejlemærke ${target} findes hverken i regnearket eller i Pejling`,
    periodEndsBeforeStart: 'periodens slut ligger før dens start',
    codeOfOtherArea: (area) => `koden skal begynde med indsatsområdets bogstav, som i ${area}.1`,
    overrideWithoutReason: 'en fastsat fremdrift skal have en begrundelse',
    completedAfterToday: (today) => `kan ikke ligge efter i dag (${today})`,
    regionOnNational: (target) =>
      `pejlemærke ${target} er ikke opgjort pr. region: lad regionen stå tom`,
    yearBeforeBaseline: (year) => `året ligger før seriens udgangsår ${year}`,
    yearAfterTarget: (year) => `året ligger efter seriens målår ${year}`,
    returnReasonMissing: 'et returneret tal skal have en begrundelse',
    returnReasonNotReturned: 'kun et returneret tal har en begrundelse for retur',
  },
  en: {
    required: 'must be filled in',
    unknownId: (id) =>
      `Pejling-id ${id} is not a record of this strategy; clear the cell to make the row a new record`,
    idTwice: (id, row) => `Pejling-id ${id} is also in row ${row}: a record may appear only once`,
    keyTwice: (key, row) => `"${key}" is also in row ${row}: the key must be unique`,
    keyTaken: (key) =>
      `"${key}" is used by a record that is not in the workbook: choose another key, or add that record with its Pejling-id`,
    idOfOtherStrategy:
      "the sheet is another strategy's: choose the strategy the workbook was downloaded from, or import it as a new strategy",
    noRecord: (key) => `"${key}" is neither in the workbook nor in Pejling`,
    ambiguous: (key, candidates) =>
      `"${key}" could be any of ${candidates.join(', ')}; write the unique key`,
    createOnly:
      "cannot be changed: it is part of the record's history (set only when it is created)",
    oneStrategyRow: 'the sheet must have exactly one row: the strategy',
    strategySheetNeeded: 'the Strategy sheet is needed to make a new strategy',
    strategyNameTaken: (name) =>
      `a strategy named "${name}" exists: choose it to update it, or give the new one another name`,
    noSeries: (target, key) => `target ${target} has no series "${key}"`,
    invalid: (problem) => `invalid value: ${problem}`,
    partOfUnknownTarget: (target) => `target ${target} is neither in the workbook nor in Pejling`,
    periodEndsBeforeStart: 'the period ends before it starts',
    codeOfOtherArea: (area) => `the code must start with the focus area's letter, as in ${area}.1`,
    overrideWithoutReason: 'a progress that is set needs a reason',
    completedAfterToday: (today) => `cannot be after today (${today})`,
    regionOnNational: (target) =>
      `target ${target} is not broken down by region: leave the region empty`,
    yearBeforeBaseline: (year) => `the year is before the series' baseline year ${year}`,
    yearAfterTarget: (year) => `the year is after the series' target year ${year}`,
    returnReasonMissing: 'a returned figure needs a reason',
    returnReasonNotReturned: 'only a returned figure has a reason for returning',
  },
};

/**
 * The API's validation messages (class-validator's and the DTOs' own, in English) as the
 * import says them in Danish; one not here is shown as it is, after "ugyldig værdi".
 */
const DANISH_VALIDATION: [RegExp, (...found: string[]) => string][] = [
  [/^must be shorter than or equal to (\d+) characters$/, (n) => `højst ${n} tegn`],
  [/^must not be less than (-?[\d.]+)$/, (n) => `mindst ${n}`],
  [/^must not be greater than (-?[\d.]+)$/, (n) => `højst ${n}`],
  [/^must be an integer number$/, () => 'skal være et helt tal'],
  [/^must be an email$/, () => 'skal være en e-mailadresse'],
  [/^must look like A\.1$/, () => 'skal ligne A.1'],
  [/^must be one capital letter A–Z$/, () => 'skal være ét stort bogstav A–Z'],
  [/^must be lower-case letters, digits or _$/, () => 'kun små bogstaver, tal og _'],
  [/^must be a date as YYYY-MM-DD$/, () => 'skal være en dato'],
];

/** What the API's validation said of a value, in the importer's language. */
export function validationMessage(problem: string, language: Language): string {
  const m = IMPORT_MESSAGES[language];
  if (problem === 'is required' || problem === 'should not be empty') return m.required;
  if (language === 'da') {
    for (const [pattern, say] of DANISH_VALIDATION) {
      const found = pattern.exec(problem);
      if (found) return say(...found.slice(1));
    }
  }
  return m.invalid(problem);
}
