import { loadConfig } from '../config/config';
import { Clock, storyTime } from './clock';

/** A clock whose system time is `instant`. */
function clockAt(instant: string, env: Record<string, string> = {}) {
  const clock = new Clock(loadConfig(env));
  jest.spyOn(clock, 'realNow').mockReturnValue(new Date(instant));
  return clock;
}

describe('Clock', () => {
  it('tells the date in Europe/Copenhagen, not in UTC', () => {
    // 23:30 UTC on 14 June is 01:30 on 15 June in Copenhagen (summer time).
    expect(clockAt('2017-06-14T23:30:00Z').today()).toBe('2017-06-15');
    // 22:30 UTC on 31 December is 23:30 the same day in Copenhagen (winter time).
    expect(clockAt('2017-12-31T22:30:00Z').today()).toBe('2017-12-31');
    expect(clockAt('2017-12-31T23:30:00Z').today()).toBe('2018-01-01');
    expect(clockAt('2017-06-14T23:30:00Z').isFixed()).toBe(false);
  });

  it('answers the configured date when PEJLING_TODAY fixes it', () => {
    const clock = clockAt('2026-11-27T12:00:00Z', { PEJLING_TODAY: '2017-06-15' });
    expect(clock.today()).toBe('2017-06-15');
    expect(clock.isFixed()).toBe(true);
  });

  it('tells the story’s time on the fixed date, at the real time of day in Copenhagen', () => {
    // 13:00 in Copenhagen (winter) on the real day; 13:00 in Copenhagen (summer) on the fixed one.
    const fixed = clockAt('2026-12-06T12:00:00.250Z', { PEJLING_TODAY: '2017-06-15' });
    expect(fixed.now().toISOString()).toBe('2017-06-15T11:00:00.250Z');
    expect(fixed.realNow().toISOString()).toBe('2026-12-06T12:00:00.250Z');
    const real = clockAt('2026-12-06T12:00:00Z');
    expect(real.now().toISOString()).toBe('2026-12-06T12:00:00.000Z');
  });
});

describe('the story’s time', () => {
  it('keeps the Copenhagen time of day across summer and winter time', () => {
    // 00:30 on 7 December in Copenhagen, told on 15 June: 00:30 there, 22:30 UTC the day before.
    expect(storyTime(new Date('2026-12-06T23:30:00Z'), '2017-06-15').toISOString()).toBe(
      '2017-06-14T22:30:00.000Z',
    );
    // 23:59 in summer, told on a winter day.
    expect(storyTime(new Date('2017-06-15T21:59:00Z'), '2017-01-10').toISOString()).toBe(
      '2017-01-10T22:59:00.000Z',
    );
  });

  it('never falls on another day than the fixed one, in Copenhagen', () => {
    const fixedDay = '2017-03-26'; // the spring change to summer time
    for (let hour = 0; hour < 24; hour++) {
      const real = new Date(Date.UTC(2026, 11, 6, hour, 15));
      const told = storyTime(real, fixedDay);
      expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(told)).toBe(
        fixedDay,
      );
    }
  });
});
