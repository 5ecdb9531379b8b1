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
  },
};
