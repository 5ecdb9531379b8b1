import { DateField, type DateFieldProps } from 'react-admin';
import { PLAN_TIME_ZONE } from './format';
import { useIntlLocale } from './useIntlLocale';

const instantOptions: Intl.DateTimeFormatOptions = {
  timeZone: PLAN_TIME_ZONE,
  dateStyle: 'medium',
  timeStyle: 'short',
};

/** Shows an instant (an ISO timestamp) as date and time in the UI language and in Denmark. */
export const InstantField = (
  props: Omit<DateFieldProps, 'locales' | 'options' | 'showTime' | 'sx'>,
) => {
  const locale = useIntlLocale();
  return (
    <DateField
      {...props}
      locales={locale}
      options={instantOptions}
      showTime
      sx={{ whiteSpace: 'nowrap' }}
    />
  );
};
