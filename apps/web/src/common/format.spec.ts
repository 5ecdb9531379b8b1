import {
  formatDay,
  formatInstant,
  formatPercent,
  intlLocale,
  numberFormat,
  parseNumber,
} from './format';

describe('intlLocale', () => {
  it('formats English as in Britain and anything else as in Denmark', () => {
    expect(intlLocale('en')).toBe('en-GB');
    expect(intlLocale('da')).toBe('da-DK');
    expect(intlLocale('de')).toBe('da-DK');
  });
});

describe('formatDay', () => {
  it('formats a date-only value in the locale’s way', () => {
    expect(formatDay('2017-06-15', 'da-DK')).toBe('15. jun. 2017');
    expect(formatDay('2017-06-15', 'en-GB', 'long')).toBe('15 June 2017');
  });

  it('keeps the day whatever the time zone: the first of January stays the first', () => {
    expect(formatDay('2016-01-01', 'da-DK', 'short')).toBe('01.01.2016');
    expect(formatDay('2018-12-31', 'en-GB', 'short')).toBe('31/12/2018');
  });
});

describe('formatPercent', () => {
  it('formats 0–100 as a whole percentage, the Danish way with a (no-break) space', () => {
    expect(formatPercent(60, 'da-DK')).toBe('60\u00a0%');
    expect(formatPercent(60, 'en-GB')).toBe('60%');
    expect(formatPercent(33.4, 'en-GB')).toBe('33%');
  });
});

describe('numberFormat', () => {
  it('formats in the locale’s way, with the options given', () => {
    expect(numberFormat('da-DK').format(1840.5)).toBe('1.840,5');
    expect(numberFormat('en-GB', { maximumFractionDigits: 0 }).format(1840.5)).toBe('1,841');
  });

  it('makes one formatter per locale and options, not one per value', () => {
    expect(numberFormat('da-DK', { signDisplay: 'always' })).toBe(
      numberFormat('da-DK', { signDisplay: 'always' }),
    );
    expect(numberFormat('da-DK')).not.toBe(numberFormat('en-GB'));
    expect(numberFormat('da-DK')).not.toBe(numberFormat('da-DK', { signDisplay: 'always' }));
  });
});

describe('prepareFormats', () => {
  it('makes the formatters a page uses first, which then format as before', () => {
    // A copy of the module of its own, whose formatters no other test has made.
    let fresh = {} as typeof import('./format');
    jest.isolateModules(() => {
      fresh = jest.requireActual('./format');
    });
    const numbers = jest.spyOn(Intl, 'NumberFormat');
    const dates = jest.spyOn(Intl, 'DateTimeFormat');
    fresh.prepareFormats('en');
    expect([numbers.mock.calls.length, dates.mock.calls.length]).toEqual([1, 1]);
    expect(fresh.numberFormat('en-GB').format(1840)).toBe('1,840');
    expect(fresh.formatDay('2017-06-15', 'en-GB')).toBe('15 Jun 2017');
    expect([numbers.mock.calls.length, dates.mock.calls.length]).toEqual([1, 1]);
    numbers.mockRestore();
    dates.mockRestore();
  });
});

describe('formatInstant', () => {
  it('shows an instant as the time in Denmark, summer and winter', () => {
    expect(formatInstant('2017-06-15T10:30:00Z', 'en-GB')).toBe('15 June 2017 at 12:30');
    expect(formatInstant('2017-01-15T10:30:00Z', 'da-DK')).toBe('15. januar 2017 kl. 11.30');
  });
});

describe('parseNumber', () => {
  it('reads a number as a Dane writes it: thousands with points, decimals with a comma', () => {
    expect(parseNumber('1.750', 'da-DK')).toBe(1750);
    expect(parseNumber(' 12,5 ', 'da-DK')).toBe(12.5);
    expect(parseNumber('1 000 000', 'da-DK')).toBe(1_000_000);
    expect(parseNumber('-3', 'da-DK')).toBe(-3);
  });

  it('reads it the English way in English', () => {
    expect(parseNumber('1,750', 'en-GB')).toBe(1750);
    expect(parseNumber('12.5', 'en-GB')).toBe(12.5);
  });

  it('refuses what is not a number', () => {
    expect(parseNumber('', 'da-DK')).toBeNull();
    expect(parseNumber('12,5,1', 'da-DK')).toBeNull();
    expect(parseNumber('1e3', 'en-GB')).toBeNull();
    expect(parseNumber('tolv', 'da-DK')).toBeNull();
  });
});
