import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useCanAccess, useNotify, useTranslate } from 'react-admin';
import type { MeasurementRecord } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { useServerAction } from '../common/useServerAction';

/**
 * The secretariat's decision on a proposed figure: approve it, so that it counts, or return
 * it to the data owner with a reason (asked for in a dialog). Nothing for anyone else, or
 * for a figure that is not waiting.
 */
export const MeasurementDecision = ({
  measurement,
  label,
  onDecided,
}: {
  measurement: MeasurementRecord;
  /** What the figure is, for the buttons' accessible names: "2016: 2.130". */
  label: string;
  onDecided: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'measurements', action: 'approve' });
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const done = (message: string) => () => {
    notify(message, { type: 'success' });
    setReturning(false);
    onDecided();
  };
  const approve = useServerAction(api.measurements.approve, done('pejling.figures.approved'));
  const giveBack = useServerAction(
    api.measurements.returnToOwner,
    done('pejling.figures.returned'),
  );
  if (!canAccess || measurement.state !== 'proposed') return null;
  const { id, version } = measurement;
  return (
    <Stack direction="row" spacing={1}>
      <Button
        size="small"
        variant="contained"
        disabled={approve.pending}
        aria-label={translate('pejling.figures.approve_label', { figure: label })}
        onClick={() => approve.run({ id, version })}
      >
        {translate('pejling.figures.approve')}
      </Button>
      <Button
        size="small"
        aria-label={translate('pejling.figures.return_label', { figure: label })}
        onClick={() => setReturning(true)}
      >
        {translate('pejling.figures.return')}
      </Button>
      <Dialog open={returning} onClose={() => setReturning(false)} fullWidth maxWidth="sm">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim()) giveBack.run({ id, version, reason: reason.trim() });
          }}
        >
          <DialogTitle>{translate('pejling.figures.return_title', { figure: label })}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>
              {translate('pejling.figures.return_help')}
            </DialogContentText>
            <TextField
              label={translate('pejling.figures.reason')}
              value={reason}
              required
              fullWidth
              multiline
              minRows={2}
              autoFocus
              slotProps={{ htmlInput: { maxLength: 2000 } }}
              onChange={(e) => setReason(e.target.value)}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setReturning(false)}>
              {translate('pejling.targetsPage.cancel')}
            </Button>
            <Button type="submit" variant="contained" disabled={!reason.trim() || giveBack.pending}>
              {translate('pejling.figures.return')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </Stack>
  );
};
