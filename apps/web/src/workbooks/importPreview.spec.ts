import type { ImportChange, ImportPreview, ImportRecordRef } from '@pejling/contracts';
import {
  applyBlocker,
  applyRequest,
  bySheet,
  changesToDraw,
  deletionKey,
  FIRST_ROWS,
  NO_CHOICES,
  toConfirm,
  toggled,
} from './importPreview';

const change = (
  more: Partial<ImportChange> & Pick<ImportChange, 'sheet' | 'key'>,
): ImportChange => ({
  sheetLabel: more.sheet,
  row: 2,
  recordId: 1,
  action: 'update',
  fields: [],
  ...more,
});

const notInFile = (sheet: ImportRecordRef['sheet'], recordId: number): ImportRecordRef => ({
  sheet,
  sheetLabel: sheet,
  row: null,
  recordId,
  key: `${sheet} ${recordId}`,
});

const preview = (more: Partial<ImportPreview> = {}): ImportPreview => ({
  id: 5,
  state: 'previewed',
  fileName: 'plan.xlsx',
  strategyId: 1,
  createdAt: '2017-06-15T08:00:00.000Z',
  expiresAt: '2017-06-16T08:00:00.000Z',
  summary: { create: 0, update: 0, unchanged: 0, conflicts: 0, errors: 0, notInFile: 0 },
  changes: [],
  sharedChanges: [],
  conflicts: [],
  errors: [],
  notInFile: [],
  ...more,
});

// Ane's e-mail changes (stored as ane@uvm.dk), Bo's role; Cai's name needs no confirming.
const people = [
  change({
    sheet: 'people',
    key: 'ane@example.dk',
    renamedFrom: 'ane@uvm.dk',
    needsConfirmation: true,
  }),
  change({ sheet: 'people', key: 'bo@example.dk', needsConfirmation: true }),
  change({ sheet: 'people', key: 'cai@example.dk' }),
];

describe('the changes of a preview, sheet by sheet', () => {
  it('come in the order of the workbook’s sheets, each sheet’s in the order of its rows', () => {
    const changes = [
      change({ sheet: 'milestones', key: 'Møde', row: 4 }),
      change({ sheet: 'focusAreas', key: 'A', sheetLabel: 'Indsatsområder' }),
      change({ sheet: 'milestones', key: 'Rapport', row: 3 }),
    ];
    expect(
      bySheet(changes).map(({ sheet, sheetLabel, changes: rows }) => [
        sheet,
        sheetLabel,
        rows.map((row) => row.key),
      ]),
    ).toEqual([
      ['focusAreas', 'Indsatsområder', ['A']],
      ['milestones', 'milestones', ['Rapport', 'Møde']],
    ]);
  });

  it('are none of no changes', () => {
    expect(bySheet([])).toEqual([]);
  });
});

describe('whom a change of e-mail or role is confirmed for', () => {
  it('names each person by the e-mail stored now: before its change, if it changes', () => {
    expect(toConfirm(preview({ sharedChanges: people }))).toEqual(['ane@uvm.dk', 'bo@example.dk']);
  });
});

describe('the apply request', () => {
  const shown = preview({
    sharedChanges: people,
    notInFile: [notInFile('milestones', 7), notInFile('initiatives', 3)],
  });

  it('confirms nothing and deletes nothing unless the person ticks it', () => {
    expect(applyRequest(shown, NO_CHOICES)).toEqual({ confirm: [], delete: [] });
  });

  it('sends the people confirmed and the records ticked for deletion', () => {
    const choices = {
      confirmed: new Set(['ane@uvm.dk']),
      deleted: new Set([deletionKey({ sheet: 'milestones', recordId: 7 })]),
    };
    expect(applyRequest(shown, choices)).toEqual({
      confirm: ['ane@uvm.dk'],
      delete: [{ sheet: 'milestones', id: 7 }],
    });
  });

  it('leaves out a choice this preview does not ask about (one left from another file)', () => {
    const choices = {
      confirmed: new Set(['someone@else.dk', 'cai@example.dk']),
      deleted: new Set(['milestones:99', 'initiatives:3']),
    };
    expect(applyRequest(shown, choices)).toEqual({
      confirm: [],
      delete: [{ sheet: 'initiatives', id: 3 }],
    });
  });
});

describe('whether the preview may be applied', () => {
  const error = { sheet: null, sheetLabel: null, row: null, column: null, message: 'Tom fil' };

  it('may, with nothing in the way', () => {
    expect(
      applyBlocker(preview({ changes: [change({ sheet: 'strategy', key: 'S' })] }), new Set()),
    ).toBeUndefined();
  });

  it('may not while the file has errors, whatever is confirmed', () => {
    expect(applyBlocker(preview({ errors: [error, error] }), new Set())).toEqual({
      reason: 'errors',
      count: 2,
    });
  });

  it('may not until every change of e-mail or role is confirmed', () => {
    const shown = preview({ sharedChanges: people });
    expect(applyBlocker(shown, new Set())).toEqual({ reason: 'unconfirmed', count: 2 });
    expect(applyBlocker(shown, new Set(['ane@uvm.dk']))).toEqual({
      reason: 'unconfirmed',
      count: 1,
    });
    expect(applyBlocker(shown, new Set(['ane@uvm.dk', 'bo@example.dk']))).toBeUndefined();
  });

  it.each(['applied', 'expired'] as const)('may not once the preview is %s', (state) => {
    expect(applyBlocker(preview({ state }), new Set())).toEqual({ reason: 'not_previewed' });
  });
});

describe('a ticked box', () => {
  it('adds its key to the set, and an unticked one takes it out, leaving the set before as it was', () => {
    const before = new Set(['a']);
    expect([...toggled(before, 'b', true)]).toEqual(['a', 'b']);
    expect([...toggled(before, 'a', false)]).toEqual([]);
    expect([...before]).toEqual(['a']);
  });
});

describe('the changes a sheet’s table draws', () => {
  const person = (n: number, needsConfirmation = false): ImportChange => ({
    sheet: 'people',
    sheetLabel: 'Personer',
    row: n + 2,
    recordId: n,
    key: `p${n}@x.dk`,
    action: 'update',
    fields: [],
    ...(needsConfirmation ? { needsConfirmation } : {}),
  });

  it('draws all of a short list, and the first ones of a long one with every change to confirm', () => {
    const few = [person(1), person(2)];
    expect(changesToDraw(few, false)).toEqual(few);
    const many = Array.from({ length: FIRST_ROWS + 50 }, (_, n) =>
      person(n, n === FIRST_ROWS + 10),
    );
    const drawn = changesToDraw(many, false);
    expect(drawn).toHaveLength(FIRST_ROWS + 1);
    expect(drawn.at(-1)).toBe(many[FIRST_ROWS + 10]);
    expect(changesToDraw(many, true)).toEqual(many);
  });
});
