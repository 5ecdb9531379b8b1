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

/**
 * The one source of "today" for all of Pejling. `PEJLING_TODAY` fixes the date (demo data,
 * tests); otherwise it is the current date in Europe/Copenhagen.
 */
@Injectable()
export class Clock {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  now(): Date {
    return new Date();
  }

  /** Today's date as `YYYY-MM-DD` in Europe/Copenhagen. */
  today(): string {
    return this.config.today ?? dayFormat.format(this.now());
  }

  /** Whether today is fixed by configuration rather than read from the system clock. */
  isFixed(): boolean {
    return this.config.today !== undefined;
  }
}
