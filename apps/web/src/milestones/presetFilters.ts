import { CLOSED_MILESTONE_STATUSES, type IsoDate, MILESTONE_STATUSES } from '@pejling/contracts';

export type Filter = Record<string, unknown>;

/** How far ahead "due soon" looks, in days from the server's today. */
const DUE_SOON_DAYS = 30;

const OPEN_STATUSES = MILESTONE_STATUSES.filter((s) => !CLOSED_MILESTONE_STATUSES.includes(s));

/** A date-only value plus some days, reckoned in UTC so no time zone moves it. */
export const addDays = (day: IsoDate, days: number): IsoDate => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** Not done or cancelled, and due within 30 days of `today` (the server's, not the browser's). */
export const dueSoonPreset = (today: IsoDate): Filter => ({
  dueFrom: today,
  dueTo: addDays(today, DUE_SOON_DAYS),
  status: OPEN_STATUSES,
});

/** Whether the list's filters hold every field of the preset, with the preset's value. */
export const presetIsOn = (filters: Filter, preset: Filter): boolean =>
  Object.entries(preset).every(
    ([key, value]) => JSON.stringify(filters[key]) === JSON.stringify(value),
  );

/** The filters with the preset switched: on, its fields are set and the others kept; off, its fields are removed. */
export const togglePreset = (filters: Filter, preset: Filter): Filter =>
  presetIsOn(filters, preset)
    ? Object.fromEntries(Object.entries(filters).filter(([key]) => !(key in preset)))
    : { ...filters, ...preset };
