import { LANGUAGES, type WorkbookSheet } from '@pejling/contracts';
import { EXPORT_LABELS } from '../../export/export-labels';
import { ROW_ID_HEADER, type ColumnDef, type SheetDef } from '../sheets';
import { normalise } from './words';

/**
 * Headers of Pejling's list exports (export/export.service.ts) for what no sheet stores: a
 * milestone's initiative title and focus area beside its initiative's code, whether it is
 * overdue, an initiative's computed progress. Read past, so that an exported list can be
 * imported as it is.
 */
export const IGNORED_HEADERS: Partial<Record<WorkbookSheet, readonly string[]>> = {
  milestones: LANGUAGES.flatMap((language) => {
    const labels = EXPORT_LABELS[language];
    return [labels.initiativeTitle, labels.focusArea, labels.overdue];
  }),
  initiatives: LANGUAGES.map((language) => EXPORT_LABELS[language].progress),
};

/** What a column of a sheet is, by its header. */
export type ColumnRole =
  /** One of the sheet's columns (SheetDef), in either language. */
  | { role: 'value'; column: ColumnDef }
  /** The hidden column of each row's id and version (ROW_ID_HEADER). */
  | { role: 'rowId' }
  /** The list exports' visible "ID": a record's id without its version. */
  | { role: 'id' }
  /** A column of IGNORED_HEADERS. */
  | { role: 'ignored' };

const ROLES = new Map<WorkbookSheet, Map<string, ColumnRole>>();

/** A sheet's headers, normalised (see words.ts), and what each is. */
function rolesOf(def: SheetDef): Map<string, ColumnRole> {
  let roles = ROLES.get(def.sheet);
  if (roles) return roles;
  roles = new Map<string, ColumnRole>();
  for (const header of IGNORED_HEADERS[def.sheet] ?? []) {
    roles.set(normalise(header), { role: 'ignored' });
  }
  for (const language of LANGUAGES)
    roles.set(normalise(EXPORT_LABELS[language].id), { role: 'id' });
  roles.set(normalise(ROW_ID_HEADER), { role: 'rowId' });
  // Last, so that a sheet's own column wins over a list export's header of the same name.
  for (const column of def.columns) {
    for (const language of LANGUAGES) {
      roles.set(normalise(column.header[language]), { role: 'value', column });
    }
  }
  ROLES.set(def.sheet, roles);
  return roles;
}

/** What the column of a header is in a sheet; undefined for a header the sheet does not know. */
export const headerRole = (def: SheetDef, header: string): ColumnRole | undefined =>
  rolesOf(def).get(normalise(header));
