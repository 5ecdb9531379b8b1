import { Stack, Typography } from '@mui/material';
import { DELIVERY_STATUSES, type DeliveryCounts } from '@pejling/contracts';
import { usePageTranslate } from '../i18n/pageMessages';
import { DeliveryStatusChip } from '../reminder-deliveries/DeliveryStatusField';
import { runMessages } from './messages';

/** The day's deliveries as recorded, by status ("Sendt: 3", "I kø: 1"); nothing for none. */
export const DayCounts = ({ day }: { day: DeliveryCounts }) => {
  const translate = usePageTranslate(runMessages);
  const present = DELIVERY_STATUSES.filter((status) => day[status] > 0);
  if (!present.length) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2">{translate('pejling.run.day')}:</Typography>
      {present.map((status) => (
        <DeliveryStatusChip key={status} status={status} count={day[status]} />
      ))}
    </Stack>
  );
};
