import { keepEmptyString, notBefore, wholeNumber } from './validation';

describe('keepEmptyString', () => {
  it('keeps an emptied text field as an empty text, never null', () => {
    expect(keepEmptyString(null)).toBe('');
    expect(keepEmptyString(undefined)).toBe('');
    expect(keepEmptyString('text')).toBe('text');
  });
});

describe('notBefore', () => {
  const endNotBeforeStart = notBefore('startDate', 'pejling.validation.end_before_start');

  it('refuses an end before the start', () => {
    expect(endNotBeforeStart('2017-01-01', { startDate: '2017-02-01' })).toBe(
      'pejling.validation.end_before_start',
    );
  });

  it('takes the same day, a later one, or either date missing', () => {
    expect(endNotBeforeStart('2017-02-01', { startDate: '2017-02-01' })).toBeUndefined();
    expect(endNotBeforeStart('2017-03-01', { startDate: '2017-02-01' })).toBeUndefined();
    expect(endNotBeforeStart('', { startDate: '2017-02-01' })).toBeUndefined();
    expect(endNotBeforeStart('2017-01-01', {})).toBeUndefined();
  });
});

describe('wholeNumber', () => {
  it('refuses a fraction and takes a whole number or nothing', () => {
    expect(wholeNumber(1.5)).toBe('pejling.validation.whole_number');
    expect(wholeNumber(3)).toBeUndefined();
    expect(wholeNumber(null)).toBeUndefined();
  });
});
