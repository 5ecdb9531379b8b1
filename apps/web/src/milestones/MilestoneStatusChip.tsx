import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import PlayCircleOutlineIcon from '@mui/icons-material/PlayCircleOutline';
import ScheduleIcon from '@mui/icons-material/Schedule';
import WarningIcon from '@mui/icons-material/Warning';
import type { MilestoneStatus } from '@pejling/contracts';
import { useShell } from '../shell/shell';
import { StatusChip, type StatusLook } from '../common/StatusChip';

const looks: Record<MilestoneStatus, StatusLook> = {
  planned: { icon: <ScheduleIcon />, colour: 'text.secondary' },
  in_progress: { icon: <PlayCircleOutlineIcon />, colour: 'info.main' },
  done: { icon: <CheckCircleIcon />, colour: 'success.main' },
  delayed: { icon: <WarningIcon />, colour: 'warning.main' },
  cancelled: { icon: <BlockIcon />, colour: 'text.disabled' },
};

/** A milestone's status as a chip with an icon and a word. */
export const MilestoneStatusChip = ({ status }: { status: MilestoneStatus }) => {
  const { translate } = useShell();
  return <StatusChip look={looks[status]} label={translate(`pejling.milestoneStatus.${status}`)} />;
};
