import EditNoteIcon from '@mui/icons-material/EditNote';
import { Box, Button, Chip, List, ListItem, Stack, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import type { MyWorkReportRequest } from '@pejling/contracts';
import { formatDay } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';

/** The open rounds that wait for a report on one of the person's initiatives, by due date. */
export const MyReportRequests = ({ requests }: { requests: MyWorkReportRequest[] }) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
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
              <Link to={`/initiatives/${request.initiativeId}/show`} color="inherit">
                {request.initiativeCode} {request.initiativeTitle}
              </Link>
            </Typography>
            <Typography variant="body2" color="text.secondary">
              <Link to={`/reporting-rounds/${request.roundId}/show`} color="inherit">
                {request.roundTitle}
              </Link>
              {' · '}
              <Box component="span" sx={request.overdue ? { color: 'error.main' } : undefined}>
                {translate('pejling.my_work.due')} {formatDay(request.dueDate, locale)}
              </Box>
            </Typography>
          </Box>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            {request.hasDraft && (
              <Chip size="small" variant="outlined" label={translate('pejling.my_work.draft')} />
            )}
            <Button
              component={Link}
              to={request.path}
              variant="contained"
              size="small"
              startIcon={<EditNoteIcon />}
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
