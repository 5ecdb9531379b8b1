import { DateField, type DateFieldProps } from 'react-admin';
import { useIntlLocale } from './useIntlLocale';

const dayOptions: Intl.DateTimeFormatOptions = { timeZone: 'UTC', dateStyle: 'medium' };

/**
 * Shows a date-only value (`YYYY-MM-DD`) in the UI language. Formatting in UTC keeps
 * the day from shifting in any time zone.
 */
export const DayField = (
  props: Omit<DateFieldProps, 'locales' | 'options' | 'showTime' | 'sx'>,
) => {
  const locale = useIntlLocale();
  return (
    <DateField {...props} locales={locale} options={dayOptions} sx={{ whiteSpace: 'nowrap' }} />
  );
};
