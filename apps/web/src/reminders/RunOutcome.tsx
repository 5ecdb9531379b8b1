import ListIcon from '@mui/icons-material/MarkEmailRead';
import { Alert, Button, Stack } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import type { IsoDate } from '@pejling/contracts';

/** The delivery log, filtered to one day. */
const logOf = (day: IsoDate) =>
  `/reminder-deliveries?${new URLSearchParams({
    filter: JSON.stringify({ from: day, to: day }),
  })}`;

/**
 * What a run did: how many reminders it recorded, and how many e-mails it queued (one
 * per person for a digest, or more). Nothing new when the day had been run already.
 */
export const RunOutcome = ({
  asOf,
  recorded,
  queued,
}: {
  asOf: IsoDate;
  recorded: number;
  queued: number;
}) => {
  const translate = useTranslate();
  return (
    <Stack spacing={2} sx={{ my: 2, alignItems: 'flex-start' }}>
      <Alert severity={recorded ? 'success' : 'info'} role="status">
        {recorded
          ? `${translate('pejling.run.recorded', { smart_count: recorded })} ${translate(
              'pejling.run.queued',
              { smart_count: queued },
            )}`
          : translate('pejling.run.nothing_new')}
      </Alert>
      <Button component={Link} to={logOf(asOf)} startIcon={<ListIcon />} variant="outlined">
        {translate('pejling.run.to_log')}
      </Button>
    </Stack>
  );
};
