import {
  dayNumber,
  edge,
  isoDay,
  monthTicks,
  position,
  windowIndexOf,
  windowsOf,
  within,
} from './timelineScale';

describe('days as numbers', () => {
  it('counts whole days since 1970 in UTC, and back', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isoDay(dayNumber('2016-02-29'))).toBe('2016-02-29');
    expect(dayNumber('2017-01-01') - dayNumber('2016-01-01')).toBe(366);
  });
});

describe('windowsOf', () => {
  it('offers the whole period as one window', () => {
    expect(windowsOf('all', '2016-01-01', '2018-12-31')).toEqual([
      { start: '2016-01-01', end: '2018-12-31' },
    ]);
  });

  it('offers each calendar year that overlaps the period', () => {
    expect(windowsOf('year', '2016-03-15', '2018-02-01')).toEqual([
      { start: '2016-01-01', end: '2016-12-31' },
      { start: '2017-01-01', end: '2017-12-31' },
      { start: '2018-01-01', end: '2018-12-31' },
    ]);
  });

  it('offers each quarter that overlaps the period, across a new year', () => {
    expect(windowsOf('quarter', '2016-11-20', '2017-04-01')).toEqual([
      { start: '2016-10-01', end: '2016-12-31' },
      { start: '2017-01-01', end: '2017-03-31' },
      { start: '2017-04-01', end: '2017-06-30' },
    ]);
  });

  it('has a leap year’s first quarter end on 31 March and its year on 31 December', () => {
    expect(windowsOf('quarter', '2016-01-01', '2016-01-01')).toEqual([
      { start: '2016-01-01', end: '2016-03-31' },
    ]);
  });
});

describe('within and windowIndexOf', () => {
  const years = windowsOf('year', '2016-01-01', '2018-12-31');

  it('takes both ends of a window as inside it', () => {
    expect(within('2017-01-01', years[1])).toBe(true);
    expect(within('2017-12-31', years[1])).toBe(true);
    expect(within('2018-01-01', years[1])).toBe(false);
  });

  it('picks the window that holds today, else the first', () => {
    expect(windowIndexOf(years, '2017-06-15')).toBe(1);
    expect(windowIndexOf(years, '2020-01-01')).toBe(0);
  });
});

describe('position and edge', () => {
  const june = { start: '2017-06-01', end: '2017-06-30' };

  it('puts a day at its middle, so a one-day window is centred', () => {
    expect(position('2017-06-01', june)).toBeCloseTo(100 / 60);
    expect(position('2017-06-30', june)).toBeCloseTo(100 - 100 / 60);
    expect(position('2017-06-15', { start: '2017-06-15', end: '2017-06-15' })).toBe(50);
  });

  it('puts a day’s beginning at its edge, kept within the window', () => {
    expect(edge('2017-06-01', june)).toBe(0);
    expect(edge('2017-06-16', june)).toBe(50);
    expect(edge('2017-05-01', june)).toBe(0);
    expect(edge('2017-08-01', june)).toBe(100);
  });
});

describe('monthTicks', () => {
  it('gives the first day of each month that starts inside the window', () => {
    expect(monthTicks({ start: '2016-11-15', end: '2017-02-01' })).toEqual([
      '2016-12-01',
      '2017-01-01',
      '2017-02-01',
    ]);
  });

  it('includes the window’s first day when a month starts on it', () => {
    expect(monthTicks({ start: '2017-04-01', end: '2017-06-30' })).toEqual([
      '2017-04-01',
      '2017-05-01',
      '2017-06-01',
    ]);
  });
});
