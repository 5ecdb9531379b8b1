import type { WorkbookSheet } from '@pejling/contracts';
import type { PlanRows, StoredRow } from '../workbook/plan-rows';
import type { ReadResult, ReadRow } from '../workbook/reading/read-workbook';
import { SHEET_BY_NAME, type CellValue, type SheetDef } from '../workbook/sheets';
import { planImport } from './import-plan';

const EMPTY: PlanRows = {
  strategy: [],
  focusAreas: [],
  initiatives: [],
  milestones: [],
  organisations: [],
  people: [],
  targets: [],
  series: [],
  targetLinks: [],
  measurements: [],
};

const stored = (id: number, values: Record<string, CellValue>): StoredRow => ({
  id,
  version: 1,
  values,
});

/** A file of one sheet whose rows have the columns of their values. */
function file(sheet: WorkbookSheet, rows: Omit<ReadRow, 'row'>[]): ReadResult {
  const def = SHEET_BY_NAME.get(sheet) as SheetDef;
  return {
    errors: [],
    sheets: [
      {
        def,
        columns: [...new Set(rows.flatMap((r) => Object.keys(r.values)))],
        rows: rows.map((r, n) => ({ ...r, row: n + 2 })),
      },
    ],
  };
}

const UFM = {
  shortName: 'UFM',
  name: 'Uddannelses- og Forskningsministeriet',
  kind: 'ministry',
  region: null,
  contactPerson: null,
};
const CED = {
  shortName: 'CED',
  name: 'Cluster Excellence Denmark',
  kind: 'support_organisation',
  region: null,
  contactPerson: null,
};
const plan = { organisations: [stored(1, UFM), stored(2, CED)] };
const options = { newStrategy: false, language: 'da' as const, strategyNames: [] };

describe('which row of a workbook is which record, and what it changes', () => {
  it('takes a changed key under a row’s id as a rename, and a row without an id as the record with its key', () => {
    const result = planImport(
      file('organisations', [
        { rowId: { id: 1, version: 1 }, values: { ...UFM, shortName: 'UFM2' } },
        { rowId: null, values: { ...CED, name: 'CED ApS' } },
      ]),
      { ...EMPTY, ...plan },
      options,
    );
    expect(result.errors).toEqual([]);
    expect(result.changes).toEqual([
      expect.objectContaining({ recordId: 1, key: 'UFM2', renamedFrom: 'UFM', action: 'update' }),
      expect.objectContaining({
        recordId: 2,
        action: 'update',
        fields: [{ field: 'name', label: 'Navn', before: CED.name, after: 'CED ApS' }],
      }),
    ]);
  });

  it('refuses a rename to the key of a record the file leaves out, and an id given twice', () => {
    const result = planImport(
      file('organisations', [
        { rowId: { id: 1, version: 1 }, values: { ...UFM, shortName: 'CED' } },
        { rowId: { id: 1, version: 1 }, values: UFM },
      ]),
      { ...EMPTY, ...plan },
      options,
    );
    expect(result.errors.map((e) => [e.row, e.message])).toEqual([
      [3, expect.stringContaining('Pejling-id 1 står også i række 2')],
      [2, expect.stringContaining('"CED" bruges allerede')],
    ]);
    expect(result.notInFile).toEqual([expect.objectContaining({ recordId: 2, key: 'CED' })]);
  });

  it('ignores the ids of a workbook that makes a new strategy, and knows shared records by their keys', () => {
    const result = planImport(
      file('organisations', [{ rowId: { id: 77, version: 4 }, values: UFM }]),
      { ...EMPTY, ...plan },
      { ...options, newStrategy: true },
    );
    expect(result.changes).toEqual([]);
    expect(result.unchanged).toBe(1);
    expect(result.conflicts).toEqual([]);
  });

  it('reads an organisation by its full name as its short name, and names one no record has', () => {
    const result = planImport(
      file('people', [
        {
          rowId: null,
          values: {
            name: 'Ane',
            email: 'ane@ufm.dk',
            organisation: 'uddannelses- og forskningsministeriet',
          },
        },
        { rowId: null, values: { name: 'Bo', email: 'bo@ced.dk', organisation: 'CEDD' } },
      ]),
      { ...EMPTY, ...plan },
      options,
    );
    expect(result.changes).toEqual([
      expect.objectContaining({
        key: 'ane@ufm.dk',
        action: 'create',
        fields: expect.arrayContaining([
          expect.objectContaining({ field: 'organisation', after: 'UFM' }),
        ]),
      }),
    ]);
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'Organisation', suggestion: 'CED' }),
    ]);
  });
});
