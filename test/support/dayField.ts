import type { IsoDate } from '@pejling/contracts';
import type { Locator } from 'playwright-core';

/**
 * The app's date fields (apps/web/src/common/DayPicker.tsx) as a Dane uses them: a field is
 * a group named by its label, of day, month and year, typed as dd.mm.åååå.
 */

/** A day as it is typed and shown in a date field in Danish: 2017-06-15 is 15.06.2017. */
export const typedDay = (day: IsoDate): string => day.split('-').reverse().join('.');

/** Types `day` into the date field `field` (its group), from the day on, as a person types. */
export const typeDay = (field: Locator, day: IsoDate): Promise<void> =>
  field.getByRole('spinbutton').first().pressSequentially(typedDay(day));

/** What the date field shows, as typed (dd.mm.åååå), or '' when it is empty. */
export const dayShown = (field: Locator): Promise<string> => field.locator('input').inputValue();
