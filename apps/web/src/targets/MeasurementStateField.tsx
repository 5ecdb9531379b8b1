import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import UndoIcon from '@mui/icons-material/Undo';
import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MeasurementRecord, MeasurementState } from '@pejling/contracts';
import { StatusChip, type StatusLook } from '../common/StatusChip';

/** How each state of a figure looks (a round's figures show them too). */
export const MEASUREMENT_LOOKS: Record<MeasurementState, StatusLook> = {
  proposed: { icon: <HourglassTopIcon />, colour: 'warning.main' },
  approved: { icon: <CheckCircleIcon />, colour: 'success.main' },
  returned: { icon: <UndoIcon />, colour: 'text.secondary' },
};

/** Where a figure stands, as a chip with an icon and a word, and why it was returned. */
export const MeasurementStateField = ({ measurement }: { measurement: MeasurementRecord }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <StatusChip
        look={MEASUREMENT_LOOKS[measurement.state]}
        label={translate(`pejling.measurementState.${measurement.state}`)}
      />
      {measurement.returnReason ? (
        <Typography variant="body2">
          {translate('pejling.figures.return_reason', { reason: measurement.returnReason })}
        </Typography>
      ) : null}
    </Stack>
  );
};
