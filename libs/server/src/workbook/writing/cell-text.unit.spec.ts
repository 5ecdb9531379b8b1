import { SHEET_BY_NAME, type ColumnDef } from '../sheets';
import { cellText } from './cell-text';

const column = (sheet: 'initiatives' | 'milestones' | 'people' | 'series', key: string) =>
  SHEET_BY_NAME.get(sheet)?.columns.find((c) => c.key === key) as ColumnDef;

const title = column('milestones', 'title');
const dueDate = column('milestones', 'dueDate');
const status = column('initiatives', 'status');
const health = column('initiatives', 'health');
const active = column('people', 'active');
const baseline = column('series', 'baselineValue');
const progress = column('initiatives', 'progressOverride');
const focusArea = column('initiatives', 'focusArea');
const leads = column('initiatives', 'leadOrganisations');
const people = column('initiatives', 'responsiblePeople');

describe('a canonical value as text', () => {
  it('is null when the value is empty', () => {
    for (const value of [null, '', []]) {
      expect(cellText(value, title, 'da')).toBeNull();
      expect(cellText(value, leads, 'en')).toBeNull();
    }
  });

  it('writes a date as the language does', () => {
    expect(cellText('2017-06-15', dueDate, 'da')).toBe('15.06.2017');
    expect(cellText('2017-06-15', dueDate, 'en')).toBe('2017-06-15');
  });

  it('writes a yes or no in words', () => {
    expect([cellText(true, active, 'da'), cellText(false, active, 'da')]).toEqual(['Ja', 'Nej']);
    expect([cellText(true, active, 'en'), cellText(false, active, 'en')]).toEqual(['Yes', 'No']);
  });

  it('names an enumeration value by its label', () => {
    expect(cellText('in_progress', status, 'da')).toBe('I gang');
    expect(cellText('on_hold', status, 'en')).toBe('On hold');
    expect(cellText('amber', health, 'da')).toBe('Gul');
  });

  it('writes a number with the language’s decimal mark and no grouping', () => {
    expect(cellText(1234.5, baseline, 'da')).toBe('1234,5');
    expect(cellText(1234.5, baseline, 'en')).toBe('1234.5');
    expect(cellText(-0.25, baseline, 'da')).toBe('-0,25');
    expect(cellText(40, progress, 'da')).toBe('40');
  });

  it('writes a reference by its key and a list of them separated by commas', () => {
    expect(cellText('A', focusArea, 'da')).toBe('A');
    expect(cellText(['ane@example.dk', 'bo@example.dk'], people, 'en')).toBe(
      'ane@example.dk, bo@example.dk',
    );
  });

  it('marks an inferred lead in the language', () => {
    const value = [
      { key: 'UFM', inferred: true },
      { key: 'CED', inferred: false },
    ];
    expect(cellText(value, leads, 'da')).toBe('UFM (udledt), CED');
    expect(cellText(value, leads, 'en')).toBe('UFM (inferred), CED');
  });

  it('leaves a text as it is, a formula-like one too', () => {
    expect(cellText('=1+1', title, 'da')).toBe('=1+1');
    expect(cellText('Kortlægning 2.0', title, 'en')).toBe('Kortlægning 2.0');
  });
});
