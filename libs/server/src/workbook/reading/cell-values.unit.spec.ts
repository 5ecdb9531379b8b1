import { HEALTHS, INITIATIVE_STATUSES, type Language } from '@pejling/contracts';
import type { ColumnKind } from '../sheets';
import { canonicalValue } from './cell-values';
import type { RawCell } from './raw-table';

const TEXT: ColumnKind = { type: 'text' };
const DATE: ColumnKind = { type: 'date' };
const INTEGER: ColumnKind = { type: 'integer' };
const NUMBER: ColumnKind = { type: 'number' };
const BOOLEAN: ColumnKind = { type: 'boolean' };
const STATUS: ColumnKind = {
  type: 'enum',
  values: INITIATIVE_STATUSES,
  labels: 'initiativeStatus',
};
const HEALTH: ColumnKind = { type: 'enum', values: HEALTHS, labels: 'health' };
const REF: ColumnKind = { type: 'ref', to: 'people' };
const REFS: ColumnKind = { type: 'refs', to: 'people' };
const LEADS: ColumnKind = { type: 'refs', to: 'organisations', marked: true };

const read = (cell: RawCell, kind: ColumnKind, language: Language = 'da') =>
  canonicalValue(cell, kind, language);
const value = (cell: RawCell, kind: ColumnKind) => {
  const result = read(cell, kind);
  if (!('value' in result)) throw new Error(`${JSON.stringify(cell)}: ${result.problem}`);
  return result.value;
};

describe('any cell', () => {
  it.each([TEXT, DATE, INTEGER, NUMBER, BOOLEAN, STATUS, REF, REFS, LEADS])(
    'is null when empty or blank (%j)',
    (kind) => {
      expect(value(null, kind)).toBeNull();
      expect(value('', kind)).toBeNull();
      expect(value('  \t ', kind)).toBeNull();
    },
  );

  it('is an error for a formula without a calculated value, in the language', () => {
    const cell: RawCell = { bad: 'formulaWithoutResult', text: '=A1*2' };
    expect(read(cell, NUMBER, 'da')).toEqual({ problem: expect.stringContaining('formel') });
    expect(read(cell, NUMBER, 'en')).toEqual({ problem: expect.stringContaining('formula') });
  });

  it('is an error for an error value, which it names', () => {
    expect(read({ bad: 'errorValue', text: '#N/A' }, TEXT)).toEqual({
      problem: expect.stringContaining('#N/A'),
    });
  });
});

describe('a text cell', () => {
  it('is trimmed', () => {
    expect(value('  Workshop om fødevarer \n', TEXT)).toBe('Workshop om fødevarer');
  });

  it('takes a number or a date as its text', () => {
    expect(value(1234.5, TEXT)).toBe('1234.5');
    expect(value(new Date(Date.UTC(2017, 5, 15)), TEXT)).toBe('2017-06-15');
  });

  it('is a reference as its key, trimmed (resolved later)', () => {
    expect(value(' anna@example.dk ', REF)).toBe('anna@example.dk');
    expect(value(2, REF)).toBe('2');
  });
});

describe('a date cell', () => {
  it('is a Date as its UTC day, a time of day dropped', () => {
    expect(value(new Date(Date.UTC(2017, 5, 15)), DATE)).toBe('2017-06-15');
    expect(value(new Date(Date.UTC(2017, 5, 15, 23, 59)), DATE)).toBe('2017-06-15');
  });

  it('is a number as an Excel serial date (1900 system)', () => {
    expect(value(25569, DATE)).toBe('1970-01-01');
    expect(value(42901, DATE)).toBe('2017-06-15');
    expect(value(42901.75, DATE)).toBe('2017-06-15');
    expect(value(61, DATE)).toBe('1900-03-01');
    expect(value(2958465, DATE)).toBe('9999-12-31');
  });

  it.each([0, 60, -1, 2958466, 1e12])('is an error for the serial %d, out of range', (serial) => {
    expect(read(serial, DATE)).toEqual({ problem: expect.stringContaining('1900') });
  });

  it.each([
    ['2017-06-15', '2017-06-15'],
    ['2017-6-5', '2017-06-05'],
    ['15.06.2017', '2017-06-15'],
    ['15-06-2017', '2017-06-15'],
    ['15/6/2017', '2017-06-15'],
    ['15.6.2017', '2017-06-15'],
    [' 1.2.2018 ', '2018-02-01'],
    ['6/5/2017', '2017-05-06'],
    ['29.02.2016', '2016-02-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(value(text, DATE)).toBe(iso);
  });

  it.each(['30.02.2017', '2017-02-29', '31.04.2017', '15.13.2017', '2017-13-01', '00.01.2017'])(
    'is an error for %j, which does not exist',
    (text) => {
      expect(read(text, DATE)).toEqual({ problem: expect.stringContaining('findes ikke') });
    },
  );

  it('is an error for a two-digit year, with the full date as suggestion', () => {
    expect(read('15.06.17', DATE, 'da')).toEqual({
      problem: expect.stringContaining('to cifre'),
      suggestion: '15.06.2017',
    });
    expect(read('15/6/17', DATE, 'en')).toEqual({
      problem: expect.stringContaining('two digits'),
      suggestion: '2017-06-15',
    });
  });

  it('is an error for a month-first date, with the day-first date as suggestion', () => {
    expect(read('6/15/2017', DATE, 'da')).toEqual({
      problem: expect.stringContaining('måneden før dagen'),
      suggestion: '15.06.2017',
    });
    expect(read('6/15/2017', DATE, 'en')).toEqual({
      problem: expect.stringContaining('month before the day'),
      suggestion: '2017-06-15',
    });
  });

  it.each(['juni 2017', '2017', '15 06 2017', 'i morgen', '2017-06-15T10:00'])(
    'is an error for %j, with an example of a date',
    (text) => {
      expect(read(text, DATE, 'da')).toEqual({ problem: expect.stringContaining('15.06.2017') });
      expect(read(text, DATE, 'en')).toEqual({ problem: expect.stringContaining('2017-06-15') });
    },
  );

  it('is an error for a yes', () => {
    expect(read(true, DATE)).toEqual({ problem: expect.stringContaining('ikke en dato') });
  });
});

describe('a number cell', () => {
  it('takes a number as it is', () => {
    expect(value(1234.5, NUMBER)).toBe(1234.5);
    expect(value(-3, INTEGER)).toBe(-3);
  });

  it.each([
    ['1234', 1234],
    ['1234,5', 1234.5],
    ['1234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1,234,567.25', 1234567.25],
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ['0,234', 0.234],
    ['12,50', 12.5],
    ['1234,567', 1234.567],
    ['-2,5', -2.5],
    ['+7', 7],
    [' 42 ', 42],
  ])('reads %j as %d', (text, number) => {
    expect(value(text, NUMBER)).toBe(number);
  });

  it.each([
    ['1.234', 'da', '1,234'],
    ['1,234', 'da', '1,234'],
    ['1.234', 'en', '1.234'],
  ] as const)(
    'is an error for %j, which could be thousands or decimals (%s)',
    (text, language, decimals) => {
      const result = read(text, NUMBER, language);
      expect(result).toEqual({
        problem: expect.stringContaining(`1234`),
        suggestion: '1234',
      });
      expect('problem' in result && result.problem).toContain(decimals);
    },
  );

  it('keeps the sign of an ambiguous number in the suggestion', () => {
    expect(read('-1.234', NUMBER)).toEqual(expect.objectContaining({ suggestion: '-1234' }));
  });

  it.each(['abc', '12 kr.', '1,2,3', '1.23.4', '--1', '', 'NaN'].filter(Boolean))(
    'is an error for %j, which is no number',
    (text) => {
      expect(read(text, NUMBER)).toEqual({ problem: expect.stringContaining('ikke et tal') });
    },
  );

  it('is an error for a date or a yes', () => {
    expect(read(new Date(), NUMBER)).toEqual({ problem: expect.any(String) });
    expect(read(true, NUMBER)).toEqual({ problem: expect.any(String) });
  });

  it('rejects a fraction in an integer column, the rounded number its suggestion', () => {
    expect(read(2.5, INTEGER)).toEqual({
      problem: expect.stringContaining('helt tal'),
      suggestion: '3',
    });
    expect(read('12,4', INTEGER, 'en')).toEqual({
      problem: expect.stringContaining('whole number'),
      suggestion: '12',
    });
    expect(value('1.234.000', INTEGER)).toBe(1234000);
  });
});

describe('a yes/no cell', () => {
  it.each(['ja', 'Ja', 'JA', 'yes', 'Yes', 'true', 'TRUE', 'SAND', 'x', 'X', '1', ' ja '])(
    'reads %j as yes',
    (text) => {
      expect(value(text, BOOLEAN)).toBe(true);
    },
  );

  it.each(['nej', 'Nej', 'no', 'NO', 'false', 'FALSK', '0'])('reads %j as no', (text) => {
    expect(value(text, BOOLEAN)).toBe(false);
  });

  it('takes a boolean or a 1/0 number as it is', () => {
    expect(value(true, BOOLEAN)).toBe(true);
    expect(value(false, BOOLEAN)).toBe(false);
    expect(value(1, BOOLEAN)).toBe(true);
    expect(value(0, BOOLEAN)).toBe(false);
  });

  it('is an error for anything else, naming the words in the language', () => {
    expect(read('måske', BOOLEAN, 'da')).toEqual({
      problem: expect.stringMatching(/»Ja«.*»Nej«/),
    });
    expect(read(2, BOOLEAN, 'en')).toEqual({ problem: expect.stringMatching(/“Yes”.*“No”/) });
  });
});

describe('an enumeration cell', () => {
  it.each([
    'in_progress',
    'IN_PROGRESS',
    'In progress',
    'in  progress',
    'I gang',
    'i gang',
    ' I GANG ',
  ])('reads %j as its code', (text) => {
    expect(value(text, STATUS)).toBe('in_progress');
  });

  it('reads every value by its code and both labels', () => {
    expect(value('Sat i bero', STATUS)).toBe('on_hold');
    expect(value('On hold', STATUS)).toBe('on_hold');
    expect(value('Gul', HEALTH)).toBe('amber');
    expect(value('Amber', HEALTH)).toBe('amber');
  });

  it("reads health's not-assessed label as empty, as it is stored", () => {
    expect(value('Ikke vurderet', HEALTH)).toBeNull();
    expect(value('Not assessed', HEALTH)).toBeNull();
  });

  it('is an error for an unknown value: the closest label, in the language, suggested', () => {
    expect(read('Igang', STATUS, 'da')).toEqual({
      problem: expect.stringContaining('»Ikke startet«, »I gang«'),
      suggestion: 'I gang',
    });
    expect(read('Inprogres', STATUS, 'en')).toEqual({
      problem: expect.stringContaining('“Not started”, “In progress”'),
      suggestion: 'In progress',
    });
    // Written in English, suggested in the importer's Danish.
    expect(read('Complete', STATUS, 'da')).toEqual(
      expect.objectContaining({ suggestion: 'Gennemført' }),
    );
  });

  it('suggests nothing when no value is close', () => {
    const result = read('Måske senere', STATUS);
    expect(result).toEqual({ problem: expect.any(String) });
    expect('suggestion' in result && result.suggestion).toBeFalsy();
  });
});

describe('a list of references', () => {
  it('splits on commas, semicolons and line breaks, each entry trimmed, empties dropped', () => {
    expect(
      value('anna@example.dk, bo@example.dk;carl@example.dk\nda@example.dk\r\n,', REFS),
    ).toEqual(['anna@example.dk', 'bo@example.dk', 'carl@example.dk', 'da@example.dk']);
    expect(value(' , ; ', REFS)).toBeNull();
  });

  it('marks inferred entries, in either language, in a marked column', () => {
    expect(value('UFM (udledt), Klyngeforum (Inferred);CED ; KL (UDLEDT)', LEADS)).toEqual([
      { key: 'UFM', inferred: true },
      { key: 'Klyngeforum', inferred: true },
      { key: 'CED', inferred: false },
      { key: 'KL', inferred: true },
    ]);
  });

  it('keeps the mark as text in a column without marks', () => {
    expect(value('UFM (udledt)', REFS)).toEqual(['UFM (udledt)']);
  });
});
