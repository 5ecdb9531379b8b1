import EditNoteIcon from '@mui/icons-material/EditNote';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import type { RoundState } from '@pejling/contracts';
import { StatusChip, type StatusLook } from '../common/StatusChip';
import { useShell } from '../shell/shell';

const looks: Record<RoundState, StatusLook> = {
  draft: { icon: <EditNoteIcon />, colour: 'text.secondary' },
  open: { icon: <LockOpenIcon />, colour: 'info.main' },
  closed: { icon: <LockIcon />, colour: 'text.primary' },
};

/** A round's state as a chip with an icon and a word. */
export const RoundStateChip = ({ state }: { state: RoundState }) => {
  const { translate } = useShell();
  return <StatusChip look={looks[state]} label={translate(`pejling.roundState.${state}`)} />;
};
