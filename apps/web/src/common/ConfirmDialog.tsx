import { useId } from 'react';
import CancelIcon from '@mui/icons-material/ErrorOutline';
import ConfirmIcon from '@mui/icons-material/CheckCircle';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useShell } from '../shell/shell';

/**
 * A question before an action that cannot be undone, in either frame: react-admin's
 * `Confirm` as it looks, for components drawn outside react-admin too. Its texts are in
 * words already; the dialog keeps the focus until it closes, and gives it back.
 */
export const ConfirmDialog = ({
  open,
  title,
  content,
  confirm,
  disabled = false,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  content: string;
  /** The confirming button's text; the other one cancels. */
  confirm: string;
  disabled?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) => {
  const { translate } = useShell();
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{content}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button disabled={disabled} onClick={onClose} startIcon={<CancelIcon />}>
          {translate('ra.action.cancel')}
        </Button>
        <Button disabled={disabled} onClick={onConfirm} autoFocus startIcon={<ConfirmIcon />}>
          {confirm}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
