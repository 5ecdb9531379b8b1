import type { IsoInstant } from './records';

/**
 * A plan as a workbook: one sheet per kind of record, each row one record. The sheets in
 * the order the workbook has them (after its guide); a record's parts (a target's series
 * and its links to initiatives) have sheets of their own.
 */
export const WORKBOOK_SHEETS = [
  'strategy',
  'focusAreas',
  'initiatives',
  'milestones',
  'organisations',
  'people',
  'targets',
  'series',
  'targetLinks',
  'measurements',
] as const;
export type WorkbookSheet = (typeof WORKBOOK_SHEETS)[number];

/** Organisations and people belong to no single strategy: their changes are listed apart. */
export const SHARED_SHEETS: readonly WorkbookSheet[] = ['organisations', 'people'];

/** The most rows one import reads, over all its sheets. */
export const MAX_IMPORT_ROWS = 50_000;

/** An import is previewed, then applied; a preview not applied within a day expires. */
export const IMPORT_STATES = ['previewed', 'applied', 'expired'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** How long a preview may be applied, in hours. */
export const IMPORT_PREVIEW_HOURS = 24;

/** A record a row of the workbook is: its sheet, its key as a person reads it, its id. */
export interface ImportRecordRef {
  sheet: WorkbookSheet;
  /** The sheet's name in the importer's language. */
  sheetLabel: string;
  /** The row in the sheet (1 is the header row); null for a record not in the file. */
  row: number | null;
  /** The stored record's id; null for one the import creates. */
  recordId: number | null;
  /** How a person knows it: "A.1", an e-mail, "Pejlemærke 2", a milestone's title. */
  key: string;
}

/** One field a change sets, as text in the importer's language. */
export interface ImportFieldChange {
  field: string;
  /** The column's header in the importer's language. */
  label: string;
  before: string | null;
  after: string | null;
}

export interface ImportChange extends ImportRecordRef {
  action: 'create' | 'update';
  /** For an update whose key changes (a code, a number, a short name, an e-mail). */
  renamedFrom?: string;
  fields: ImportFieldChange[];
  /**
   * A change to an existing person's e-mail or role: applied only when the apply request
   * names the person (by their stored e-mail) in `confirm`.
   */
  needsConfirmation?: boolean;
}

/** A record the import would change that someone changed since the file was exported or previewed. */
export interface ImportConflict extends ImportRecordRef {
  /** The version the file's row (or the preview) was made from. */
  versionRead: number;
  /** The version stored now. */
  versionNow: number;
}

/** What is wrong with a cell, a row or the file; `row` and `column` null where it is the sheet's or the file's. */
export interface ImportError {
  sheet: WorkbookSheet | null;
  sheetLabel: string | null;
  row: number | null;
  /** The column's header in the importer's language. */
  column: string | null;
  message: string;
  /** What the value probably should be, where there is a likely candidate. */
  suggestion?: string;
}

export interface ImportSummary {
  create: number;
  update: number;
  unchanged: number;
  conflicts: number;
  errors: number;
  /** Stored records of the sheets the file holds that no row of it names. */
  notInFile: number;
}

/** `POST /api/imports` and `GET /api/imports/:id`. */
export interface ImportPreview {
  id: number;
  state: ImportState;
  fileName: string;
  /** The strategy the workbook updates; null while it makes a new one (until applied). */
  strategyId: number | null;
  createdAt: IsoInstant;
  expiresAt: IsoInstant;
  summary: ImportSummary;
  /** Changes to the plan's own records. */
  changes: ImportChange[];
  /** Changes to organisations and people, which other strategies share. */
  sharedChanges: ImportChange[];
  conflicts: ImportConflict[];
  errors: ImportError[];
  /** Stored records that no row names: deleted only when the apply request names them. */
  notInFile: ImportRecordRef[];
}

/** The body of `POST /api/imports/:id/apply`. */
export interface ImportApplyRequest {
  /** People (by their stored e-mail) whose change of e-mail or role is confirmed. */
  confirm?: string[];
  /**
   * Records not in the file to delete, as `notInFile` lists them: by sheet and id, and for
   * a target's series or link (whose id is the target's) also by its key.
   */
  delete?: { sheet: WorkbookSheet; id: number; key?: string }[];
}

/** What an applied import did, and the strategy it made or changed. */
export interface ImportResult {
  id: number;
  state: 'applied';
  strategyId: number;
  created: number;
  updated: number;
  deleted: number;
}
