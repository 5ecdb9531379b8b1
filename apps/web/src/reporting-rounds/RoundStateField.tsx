import EditNoteIcon from '@mui/icons-material/EditNote';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { RoundState } from '@pejling/contracts';
import { StatusChip, type StatusLook } from '../common/StatusChip';

const looks: Record<RoundState, StatusLook> = {
  draft: { icon: <EditNoteIcon />, colour: 'text.secondary' },
  open: { icon: <LockOpenIcon />, colour: 'info.main' },
  closed: { icon: <LockIcon />, colour: 'text.primary' },
};

/** A round's state as a chip with an icon and a word. */
export const RoundStateChip = ({ state }: { state: RoundState }) => {
  const translate = useTranslate();
  return <StatusChip look={looks[state]} label={translate(`pejling.roundState.${state}`)} />;
};

export const RoundStateField = ({ source = 'state', ...props }: FieldProps) => {
  const state = useFieldValue({ source, ...props }) as RoundState | undefined;
  return state ? <RoundStateChip state={state} /> : null;
};
