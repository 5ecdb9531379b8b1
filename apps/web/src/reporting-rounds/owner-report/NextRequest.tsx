import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { Button, CircularProgress, Stack, Typography } from '@mui/material';
import { api } from '../../api/endpoints';
import { formatDay } from '../../common/format';
import { TOUCH_TARGET } from '../../common/touchTarget';
import { useApiQuery } from '../../common/useApiQuery';
import { useIntlLocale } from '../../common/useIntlLocale';
import { usePageTranslate } from '../../i18n/pageMessages';
import { nextRequest } from '../../my-work/myWork';
import { AppLink } from '../../shell/AppLink';
import { MY_WORK } from '../../api/queries';
import { ownerReportMessages } from './messages';

/**
 * After a report is submitted: the way on to the next report asked of the person, or back
 * to My work when none is left. My work is read afresh, as the answer has just changed it.
 */
export const NextRequest = ({
  answered,
}: {
  answered: { roundId: number; initiativeId: number };
}) => {
  const translate = usePageTranslate(ownerReportMessages);
  const locale = useIntlLocale();
  const { data, isFetching } = useApiQuery(MY_WORK, api.myWork, { refetchOnMount: 'always' });
  if (!data || isFetching) {
    return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  }
  const next = nextRequest(data.reportRequests, answered);
  if (!next) {
    return (
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }} data-testid="next-request">
        <Typography variant="body2">{translate('pejling.ownerReport.none_left')}</Typography>
        <Button
          component={AppLink}
          to="/my-work"
          variant="contained"
          startIcon={<AssignmentIndIcon />}
          sx={TOUCH_TARGET}
        >
          {translate('pejling.ownerReport.to_my_work')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }} data-testid="next-request">
      <Typography variant="body2">
        {translate('pejling.ownerReport.next', {
          initiative: `${next.initiativeCode} ${next.initiativeTitle}`,
          round: next.roundTitle,
          due: formatDay(next.dueDate, locale, 'long'),
        })}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button
          component={AppLink}
          to={next.path}
          variant="contained"
          endIcon={<ArrowForwardIcon />}
          sx={TOUCH_TARGET}
        >
          {translate('pejling.ownerReport.next_button', { initiative: next.initiativeCode })}
        </Button>
        <Button
          component={AppLink}
          to="/my-work"
          startIcon={<AssignmentIndIcon />}
          sx={TOUCH_TARGET}
        >
          {translate('pejling.ownerReport.to_my_work')}
        </Button>
      </Stack>
    </Stack>
  );
};
