import EditNoteIcon from '@mui/icons-material/EditNote';
import { Box, Button, Chip, List, ListItem, Stack, Typography } from '@mui/material';
import { AppLink } from '../shell/AppLink';
import type { MyWorkReportRequest } from '@pejling/contracts';
import { TOUCH_TARGET } from '../common/touchTarget';
import { usePageTranslate } from '../i18n/pageMessages';
import { myWorkMessages } from './messages';
import { RoundDueLine } from './RoundDueLine';

/** The open rounds that wait for a report on one of the person's initiatives, by due date. */
export const MyReportRequests = ({ requests }: { requests: MyWorkReportRequest[] }) => {
  const translate = usePageTranslate(myWorkMessages);
  if (requests.length === 0) {
    return <Typography>{translate('pejling.my_work.no_reports')}</Typography>;
  }
  return (
    <List disablePadding>
      {requests.map((request) => (
        <ListItem
          key={`${request.roundId}-${request.initiativeId}`}
          divider
          disableGutters
          sx={{ gap: 2, flexWrap: 'wrap', justifyContent: 'space-between' }}
        >
          <Box>
            <Typography sx={{ fontWeight: 500 }}>
              <AppLink to={`/initiatives/${request.initiativeId}/show`} color="inherit">
                {request.initiativeCode} {request.initiativeTitle}
              </AppLink>
            </Typography>
            <RoundDueLine request={request} />
          </Box>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            {request.hasDraft && (
              <Chip size="small" variant="outlined" label={translate('pejling.my_work.draft')} />
            )}
            <Button
              component={AppLink}
              to={request.path}
              variant="contained"
              size="small"
              startIcon={<EditNoteIcon />}
              sx={TOUCH_TARGET}
              aria-label={translate('pejling.my_work.report_label', {
                initiative: request.initiativeCode,
                round: request.roundTitle,
              })}
            >
              {translate('pejling.my_work.report')}
            </Button>
          </Stack>
        </ListItem>
      ))}
    </List>
  );
};
