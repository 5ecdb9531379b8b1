import { Box, Typography } from '@mui/material';
import { AppLink } from '../shell/AppLink';
import type { IsoDate } from '@pejling/contracts';
import { formatDay } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';
import { usePageTranslate } from '../i18n/pageMessages';
import { myWorkMessages } from './messages';

/** Under a request of a round: the round, leading to it, and when the answer is due. */
export const RoundDueLine = ({
  request,
}: {
  request: { roundId: number; roundTitle: string; dueDate: IsoDate; overdue: boolean };
}) => {
  const translate = usePageTranslate(myWorkMessages);
  const locale = useIntlLocale();
  return (
    <Typography variant="body2" color="text.secondary">
      <AppLink to={`/reporting-rounds/${request.roundId}/show`} color="inherit">
        {request.roundTitle}
      </AppLink>
      {' · '}
      <Box component="span" sx={request.overdue ? { color: 'error.main' } : undefined}>
        {translate('pejling.my_work.due')} {formatDay(request.dueDate, locale)}
      </Box>
    </Typography>
  );
};
