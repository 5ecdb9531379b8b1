import ListIcon from '@mui/icons-material/MarkEmailRead';
import { Alert, Button, Stack } from '@mui/material';
import { Link } from 'react-admin';
import type { IsoDate, ReminderRun } from '@pejling/contracts';
import { usePageTranslate } from '../i18n/pageMessages';
import { DayCounts } from './DayCounts';
import { runMessages } from './messages';
import { runSummary } from './runSummary';

/** The delivery log, filtered to one day. */
const logOf = (day: IsoDate) =>
  `/reminder-deliveries?${new URLSearchParams({
    filter: JSON.stringify({ from: day, to: day }),
  })}`;

/**
 * What a run did, in the preview's words: what it recorded, whom it queued e-mail to (or
 * that it waits in the outbox, without a mail server), and the day's deliveries as they
 * now stand.
 */
export const RunOutcome = ({ run }: { run: ReminderRun }) => {
  const translate = usePageTranslate(runMessages);
  const lines = runSummary(run, translate);
  const severity =
    run.mail === 'outbox' && run.queued.length ? 'warning' : run.recorded ? 'success' : 'info';
  return (
    <Stack spacing={2} sx={{ my: 2, alignItems: 'flex-start' }}>
      <Alert severity={severity} role="status">
        {lines.join(' ')}
      </Alert>
      <DayCounts day={run.day} />
      <Button component={Link} to={logOf(run.asOf)} startIcon={<ListIcon />} variant="outlined">
        {translate('pejling.run.to_log')}
      </Button>
    </Stack>
  );
};
