import dayjs from 'dayjs';
import { dayToPicker, pickerLocale, pickerToDay } from './dayValue';

/** Every day of 2016 (a leap year) and 2017, as `YYYY-MM-DD`, counted in UTC. */
const days = Array.from({ length: 731 }, (_, index) =>
  new Date(Date.UTC(2016, 0, 1 + index)).toISOString().slice(0, 10),
);

describe('dayToPicker and pickerToDay', () => {
  it('shows the day the form has, and gives the same day back, on every day of two years', () => {
    // Run in several time zones too: TZ=America/Los_Angeles, TZ=Pacific/Kiritimati.
    for (const day of days) {
      const value = dayToPicker(day);
      expect(value?.format('YYYY-MM-DD')).toBe(day);
      expect(pickerToDay(value)).toBe(day);
    }
  });

  it('takes a day picked in the calendar (local midnight) as that day', () => {
    expect(pickerToDay(dayjs(new Date(2017, 6, 1)))).toBe('2017-07-01');
    expect(pickerToDay(dayjs(new Date(2017, 11, 31, 23, 59)))).toBe('2017-12-31');
  });

  it('reads the day of a longer ISO value without moving it', () => {
    expect(pickerToDay(dayToPicker('2017-06-15T23:30:00-10:00'))).toBe('2017-06-15');
  });

  it('has no date for an empty value or one that is no day', () => {
    expect(dayToPicker(null)).toBeNull();
    expect(dayToPicker(undefined)).toBeNull();
    expect(dayToPicker('')).toBeNull();
    expect(dayToPicker('15.06.2017')).toBeNull();
    expect(dayToPicker('2017-02-30')).toBeNull();
    expect(pickerToDay(null)).toBeNull();
    expect(pickerToDay(dayjs('not a date'))).toBeNull();
  });
});

describe('pickerLocale', () => {
  it('types dates in English as in Britain, as they are shown, and otherwise as in Denmark', () => {
    expect(pickerLocale('en')).toBe('en-gb');
    expect(pickerLocale('da')).toBe('da');
  });
});
