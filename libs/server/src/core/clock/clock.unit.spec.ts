import { loadConfig } from '../config/config';
import { Clock } from './clock';

/** A clock whose system time is `instant`. */
function clockAt(instant: string, env: Record<string, string> = {}) {
  const clock = new Clock(loadConfig(env));
  jest.spyOn(clock, 'now').mockReturnValue(new Date(instant));
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
});
