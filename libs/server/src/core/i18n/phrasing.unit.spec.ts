import {
  LOCALES,
  type Plural,
  count,
  formatChange,
  formatDate,
  formatInstantDay,
  formatNumber,
  formatPercent,
  oneLine,
  pick,
} from './phrasing';

const DA = LOCALES.da;
const EN = LOCALES.en;
const DAYS_DA: Plural<string> = { one: 'dag', other: 'dage' };
const DAYS_EN: Plural<string> = { one: 'day', other: 'days' };

describe('document phrasing', () => {
  describe('plural forms', () => {
    it('picks the singular for one and the plural otherwise, in Danish and English', () => {
      expect([0, 1, 2, 21].map((n) => pick(DA, n, DAYS_DA))).toEqual([
        'dage',
        'dag',
        'dage',
        'dage',
      ]);
      expect([0, 1, 2, 21].map((n) => pick(EN, n, DAYS_EN))).toEqual([
        'days',
        'day',
        'days',
        'days',
      ]);
    });

    it("follows each language's own rules where they differ", () => {
      // Danish counts a fraction below 2 as one ("0,5 dag"), English does not.
      expect(pick(DA, 0.5, DAYS_DA)).toBe('dag');
      expect(pick(EN, 0.5, DAYS_EN)).toBe('days');
    });

    it('falls back to the other form for a category the forms do not name', () => {
      // Polish puts 2 in "few".
      expect(pick('pl-PL', 2, { one: 'dzień', other: 'dni' })).toBe('dni');
      expect(pick('pl-PL', 2, { one: 'dzień', few: 'dni (few)', other: 'dni' })).toBe('dni (few)');
    });

    it('counts with the number written as the locale writes it, or as asked', () => {
      expect(count(DA, 1, DAYS_DA)).toBe('1 dag');
      expect(count(DA, 14, DAYS_DA)).toBe('14 dage');
      expect(count(DA, 1500, DAYS_DA)).toBe('1.500 dage');
      expect(count(EN, 1, DAYS_EN)).toBe('1 day');
      expect(count(EN, 1500, DAYS_EN)).toBe('1,500 days');
      expect(count(DA, 1500, DAYS_DA, { useGrouping: false })).toBe('1500 dage');
    });
  });

  describe('numbers', () => {
    it('writes numbers, percentages and changes as each language does', () => {
      expect(formatNumber(DA, 1234567.891)).toBe('1.234.567,891');
      expect(formatNumber(EN, 1234567.891)).toBe('1,234,567.891');
      expect(formatPercent(DA, 40.5)).toBe('41\u00a0%');
      expect(formatPercent(EN, 40)).toBe('40%');
      expect([15, -5, 0].map((n) => formatChange(DA, n))).toEqual(['+15', '-5', '0']);
    });
  });

  describe('dates', () => {
    it('writes a date out in Danish and English', () => {
      const dates: [string, string, string][] = [
        ['2017-06-15', '15. juni 2017', '15 June 2017'],
        ['2017-01-01', '1. januar 2017', '1 January 2017'],
        ['2016-12-31', '31. december 2016', '31 December 2016'],
        ['2016-02-29', '29. februar 2016', '29 February 2016'],
      ];
      for (const [date, da, en] of dates) {
        expect(formatDate(DA, date)).toBe(da);
        expect(formatDate(EN, date)).toBe(en);
      }
    });

    it('refuses anything but a real YYYY-MM-DD date', () => {
      for (const date of ['2017-02-29', '2017-13-01', '2017-6-1', '2017-06-15T00:00:00Z', '']) {
        expect(() => formatDate(DA, date)).toThrow(
          new RangeError(`Not a date (YYYY-MM-DD): ${date}`),
        );
      }
    });

    it('tells the day an instant falls on in Europe/Copenhagen, summer and winter', () => {
      const day = (instant: string) => formatInstantDay(DA, instant, 'Europe/Copenhagen');
      // Summer time is UTC+2, winter time UTC+1.
      expect(day('2017-05-31T21:59:59Z')).toBe('31. maj 2017');
      expect(day('2017-05-31T22:00:00Z')).toBe('1. juni 2017');
      expect(day('2017-12-31T22:59:59Z')).toBe('31. december 2017');
      expect(day('2017-12-31T23:00:00Z')).toBe('1. januar 2018');
      expect(formatInstantDay(EN, '2017-05-31T22:30:00Z', 'Europe/Copenhagen')).toBe('1 June 2017');
      expect(formatInstantDay(EN, '2017-05-31T22:30:00Z', 'UTC')).toBe('31 May 2017');
    });
  });

  describe('one line', () => {
    it('collapses line breaks, tabs and runs of spaces, and trims the ends', () => {
      expect(oneLine('  Færre  og\nstærkere\r\n\tklynger \n')).toBe('Færre og stærkere klynger');
      expect(oneLine('Olga\u00a0 Olsen')).toBe('Olga Olsen');
      expect(oneLine(' \n ')).toBe('');
    });
  });
});
