import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';

/** The time zone in which Pejling decides which day it is. */
export const PLAN_TIME_ZONE = 'Europe/Copenhagen';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PLAN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const wallFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PLAN_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const DAY_MS = 86_400_000;

/** The day `instant` falls on in Copenhagen, as `YYYY-MM-DD`. */
export function dayOf(instant: Date): string {
  return dayFormat.format(instant);
}

/** Copenhagen's wall-clock reading of `instant`, as if it were UTC (ms). */
function wallClock(instant: number): number {
  const part = Object.fromEntries(
    wallFormat.formatToParts(instant).map(({ type, value }) => [type, Number(value)]),
  );
  return (
    Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second) +
    (instant % 1000)
  );
}

/**
 * The time of the plan's story: the real time, or, when the date is fixed (`fixedDay`, the
 * demo's), that date at the real time of day in Copenhagen. In production the two are one.
 * The database's `pejling_now()` (migration StoryClock) computes the same.
 */
export function storyTime(real: Date, fixedDay?: string): Date {
  if (fixedDay === undefined) return real;
  const [year, month, day] = fixedDay.split('-').map(Number);
  const timeOfDay = wallClock(real.getTime()) % DAY_MS;
  const asUtc = Date.UTC(year, month - 1, day) + timeOfDay;
  // The offset of that moment in Copenhagen (summer or winter time), found in two steps.
  const first = asUtc - (wallClock(asUtc) - asUtc);
  return new Date(asUtc - (wallClock(first) - first));
}

/**
 * The one source of time for all of Pejling. `PEJLING_TODAY` fixes the date (demo data,
 * tests); otherwise it is the current date in Europe/Copenhagen.
 *
 * Two clocks: `now()` is the time of the plan's story (audit events, comments, rounds
 * opened and closed, reports submitted, reminders sent), which follows the fixed date;
 * security timers (sessions, link and invitation expiry, throttling) run on the real time
 * and never show it.
 */
@Injectable()
export class Clock {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The real time, for security timers only. */
  realNow(): Date {
    return new Date();
  }

  /** The time of the plan's story (see `storyTime`). */
  now(): Date {
    return storyTime(this.realNow(), this.config.today);
  }

  /**
   * A real-time moment (a link's expiry) as the story tells it: as far from the story's now
   * as it is from the real now. What a person reads is on the story's clock.
   */
  toStory(real: Date): Date {
    return new Date(this.now().getTime() + (real.getTime() - this.realNow().getTime()));
  }

  /** Today's date as `YYYY-MM-DD` in Europe/Copenhagen. */
  today(): string {
    return this.config.today ?? dayOf(this.realNow());
  }

  /** Whether today is fixed by configuration rather than read from the system clock. */
  isFixed(): boolean {
    return this.config.today !== undefined;
  }
}

/**
 * SQL: the Copenhagen day of a column that records a time of the story. A list ordered by
 * such a time sorts by this day and then by the order of events (the id): with the date
 * fixed, a demo that runs for several real days has times of day that go back and forth,
 * and still reads in the order things happened.
 */
export function storyDaySql(column: string): string {
  return `(${column} AT TIME ZONE '${PLAN_TIME_ZONE}')::date`;
}
