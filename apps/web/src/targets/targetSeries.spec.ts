import type { MeasurementRecord, TargetSeries } from '@pejling/contracts';
import { byRegion, hasLine, lineValue, nationalValue, yearsOf } from './targetSeries';

const series = (over: Partial<TargetSeries> = {}): TargetSeries => ({
  key: 'main',
  label: 'Virksomheder',
  baselineValue: 1000,
  baselineYear: 2014,
  targetValue: 2000,
  targetYear: 2020,
  ...over,
});

let nextId = 1;
const measurement = (
  year: number,
  value: number,
  over: Partial<MeasurementRecord> = {},
): MeasurementRecord => ({
  id: nextId++,
  version: 1,
  createdAt: '2017-01-01T00:00:00Z',
  updatedAt: '2017-01-01T00:00:00Z',
  targetId: 1,
  seriesKey: 'main',
  year,
  value,
  region: null,
  source: null,
  state: 'approved',
  returnReason: null,
  proposedByPersonId: null,
  ...over,
});

describe('lineValue', () => {
  it('draws the straight line from baseline to target', () => {
    expect(lineValue(series(), 2014)).toBe(1000);
    expect(lineValue(series(), 2017)).toBe(1500);
    expect(lineValue(series(), 2020)).toBe(2000);
  });

  it('has no value outside the line’s years, or without a baseline or a target', () => {
    expect(lineValue(series(), 2013)).toBeNull();
    expect(lineValue(series(), 2021)).toBeNull();
    expect(lineValue(series({ targetValue: null }), 2017)).toBeNull();
    expect(lineValue(series({ baselineYear: null }), 2017)).toBeNull();
  });

  it('is the target itself when baseline and target share a year', () => {
    expect(lineValue(series({ baselineYear: 2020 }), 2020)).toBe(2000);
  });
});

describe('hasLine', () => {
  it('needs all four of baseline and target, value and year', () => {
    expect(hasLine(series())).toBe(true);
    expect(hasLine(series({ targetYear: null }))).toBe(false);
    expect(hasLine(series({ baselineValue: null }))).toBe(false);
  });
});

describe('yearsOf', () => {
  it('spans every year from the first to the last that a series or a measurement names', () => {
    expect(
      yearsOf([series({ baselineYear: 2016, targetYear: 2018 })], [measurement(2019, 5)]),
    ).toEqual([2016, 2017, 2018, 2019]);
  });

  it('is empty when nothing names a year', () => {
    expect(yearsOf([series({ baselineYear: null, targetYear: null })], [])).toEqual([]);
  });
});

describe('nationalValue and byRegion', () => {
  const measurements = [
    measurement(2016, 120),
    measurement(2016, 30, { region: 'hovedstaden' }),
    measurement(2017, 35, { region: 'hovedstaden' }),
    measurement(2015, 12, { region: 'nordjylland' }),
    measurement(2016, 999, { seriesKey: 'other' }),
  ];

  it('reads the whole country’s value of a series in a year', () => {
    expect(nationalValue(measurements, 'main', 2016)).toBe(120);
    expect(nationalValue(measurements, 'main', 2017)).toBeNull();
    expect(nationalValue(measurements, 'other', 2016)).toBe(999);
  });

  it('tables the regions by year, every region a row, the years in order', () => {
    const { table, years } = byRegion(measurements, 'main');
    expect(years).toEqual([2015, 2016, 2017]);
    expect([...table.keys()]).toEqual([
      'hovedstaden',
      'sjaelland',
      'syddanmark',
      'midtjylland',
      'nordjylland',
    ]);
    expect(table.get('hovedstaden')?.get(2017)).toBe(35);
    expect(table.get('nordjylland')?.get(2015)).toBe(12);
    expect(table.get('sjaelland')?.size).toBe(0);
  });
});
