import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import PlayCircleOutlineIcon from '@mui/icons-material/PlayCircleOutline';
import ScheduleIcon from '@mui/icons-material/Schedule';
import WarningIcon from '@mui/icons-material/Warning';
import { useRecordContext, useTranslate } from 'react-admin';
import type { MilestoneRecord, MilestoneStatus } from '@pejling/contracts';
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
  const translate = useTranslate();
  return <StatusChip look={looks[status]} label={translate(`pejling.milestoneStatus.${status}`)} />;
};

/** The status of the milestone in the record context, as a chip: where it cannot be changed. */
export const MilestoneStatusChipField = () => {
  const record = useRecordContext<MilestoneRecord>();
  return record ? <MilestoneStatusChip status={record.status} /> : null;
};
