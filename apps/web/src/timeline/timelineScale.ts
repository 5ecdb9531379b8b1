import type { IsoDate } from '@pejling/contracts';

/** Whole days since 1970-01-01 of a date-only value, read in UTC. */
export const dayNumber = (day: IsoDate): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

export const isoDay = (day: number): IsoDate =>
  new Date(day * 86_400_000).toISOString().slice(0, 10);

export type Zoom = 'all' | 'year' | 'quarter';

/** The visible stretch of time: the first and the last day shown, both included. */
export interface Window {
  start: IsoDate;
  end: IsoDate;
}

/**
 * The windows a zoom level offers over the plan period: the whole period, each calendar
 * year or each quarter that overlaps it.
 */
export function windowsOf(zoom: Zoom, periodStart: IsoDate, periodEnd: IsoDate): Window[] {
  if (zoom === 'all') return [{ start: periodStart, end: periodEnd }];
  const months = zoom === 'year' ? 12 : 3;
  const windows: Window[] = [];
  let year = Number(periodStart.slice(0, 4));
  let month = zoom === 'year' ? 0 : Math.floor((Number(periodStart.slice(5, 7)) - 1) / 3) * 3;
  for (;;) {
    const start = new Date(Date.UTC(year, month, 1));
    const end = new Date(Date.UTC(year, month + months, 0));
    const startIso = start.toISOString().slice(0, 10);
    if (startIso > periodEnd) break;
    windows.push({ start: startIso, end: end.toISOString().slice(0, 10) });
    month += months;
    if (month >= 12) {
      year += 1;
      month -= 12;
    }
  }
  return windows;
}

/** Where a day lies in the window, 0–100 % of its width (midday, so a one-day window is centred). */
export function position(day: IsoDate, window: Window): number {
  const start = dayNumber(window.start);
  const length = dayNumber(window.end) - start + 1;
  return ((dayNumber(day) - start + 0.5) * 100) / length;
}

export const within = (day: IsoDate, window: Window): boolean =>
  day >= window.start && day <= window.end;

/** The window that holds `day` (today), else the first one. */
export const windowIndexOf = (windows: Window[], day: IsoDate): number =>
  Math.max(
    0,
    windows.findIndex((w) => within(day, w)),
  );

/** The month starts inside the window, for the ticks of the time axis. */
export function monthTicks(window: Window): IsoDate[] {
  const ticks: IsoDate[] = [];
  const first = new Date(`${window.start}T00:00:00Z`);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth();
  for (;;) {
    const day = new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
    if (day > window.end) break;
    if (day >= window.start) ticks.push(day);
    month += 1;
    if (month === 12) {
      year += 1;
      month = 0;
    }
  }
  return ticks;
}

/** Where a day begins in the window, 0–100 % of its width: for ticks and bars. */
export function edge(day: IsoDate, window: Window): number {
  const start = dayNumber(window.start);
  const length = dayNumber(window.end) - start + 1;
  return Math.min(100, Math.max(0, ((dayNumber(day) - start) * 100) / length));
}
