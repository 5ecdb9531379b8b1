import {
  WORKBOOK_SHEETS,
  type ImportApplyRequest,
  type ImportChange,
  type ImportPreview,
  type ImportRecordRef,
  type WorkbookSheet,
} from '@pejling/contracts';

/** The changes of one sheet, under the sheet's name in the importer's language. */
export interface SheetChanges {
  sheet: WorkbookSheet;
  sheetLabel: string;
  changes: ImportChange[];
}

/** Changes by sheet, in the order the workbook has its sheets, each sheet's in row order. */
export const bySheet = (changes: readonly ImportChange[]): SheetChanges[] =>
  WORKBOOK_SHEETS.flatMap((sheet) => {
    const ofSheet = changes.filter((change) => change.sheet === sheet);
    if (ofSheet.length === 0) return [];
    const inRowOrder = [...ofSheet].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return [{ sheet, sheetLabel: ofSheet[0].sheetLabel, changes: inRowOrder }];
  });

/**
 * The person a change that needs confirming is about, by their stored e-mail, which the
 * apply request names them by: the e-mail before a change of it, else the row's key.
 */
export const storedEmail = (change: ImportChange): string => change.renamedFrom ?? change.key;

/** The stored e-mails of the people whose change of e-mail or role must be confirmed. */
export const toConfirm = (preview: ImportPreview): string[] =>
  preview.sharedChanges
    .filter((change) => change.needsConfirmation && change.sheet === 'people')
    .map(storedEmail);

/** A stored record not in the file, as the checkbox that deletes it is known by. */
export const deletionKey = (record: Pick<ImportRecordRef, 'sheet' | 'recordId'>): string =>
  `${record.sheet}:${record.recordId}`;

/** What the person chose on the preview: the people confirmed, the records to delete. */
export interface ImportChoices {
  /** Stored e-mails (`storedEmail`). */
  confirmed: ReadonlySet<string>;
  /** `deletionKey`s. */
  deleted: ReadonlySet<string>;
}

export const NO_CHOICES: ImportChoices = { confirmed: new Set(), deleted: new Set() };

/** The set with `key` in it or not. */
export const toggled = (set: ReadonlySet<string>, key: string, on: boolean): Set<string> => {
  const next = new Set(set);
  if (on) next.add(key);
  else next.delete(key);
  return next;
};

/**
 * The body of the apply request: the confirmations and deletions the person chose, of
 * what this preview asks about (a choice left from another preview is not sent).
 */
export const applyRequest = (
  preview: ImportPreview,
  choices: ImportChoices,
): ImportApplyRequest => ({
  confirm: toConfirm(preview).filter((email) => choices.confirmed.has(email)),
  delete: preview.notInFile
    .filter((record) => record.recordId !== null && choices.deleted.has(deletionKey(record)))
    .map((record) => ({ sheet: record.sheet, id: record.recordId as number })),
});

/**
 * Why the preview cannot be applied yet, if anything stops it: it is no longer a preview
 * (applied, or expired), the file has errors, or a change of a person's e-mail or role is
 * not confirmed (`count` of them).
 */
export type ApplyBlocker =
  | { reason: 'not_previewed' }
  | { reason: 'errors'; count: number }
  | { reason: 'unconfirmed'; count: number };

export const applyBlocker = (
  preview: ImportPreview,
  confirmed: ReadonlySet<string>,
): ApplyBlocker | undefined => {
  if (preview.state !== 'previewed') return { reason: 'not_previewed' };
  if (preview.errors.length > 0) return { reason: 'errors', count: preview.errors.length };
  const unconfirmed = toConfirm(preview).filter((email) => !confirmed.has(email)).length;
  return unconfirmed > 0 ? { reason: 'unconfirmed', count: unconfirmed } : undefined;
};

/**
 * The rows a sheet's table draws at first: a workbook of 10 000 new milestones would
 * otherwise draw 10 000 rows, slowly, where the summary already says how many there are.
 * Changes that wait for a confirmation are always among them.
 */
export const FIRST_ROWS = 200;

/** The changes to draw: all, or the first `FIRST_ROWS` and any that need confirming. */
export function changesToDraw(changes: ImportChange[], all: boolean): ImportChange[] {
  if (all || changes.length <= FIRST_ROWS) return changes;
  return changes.filter((change, n) => n < FIRST_ROWS || change.needsConfirmation);
}
