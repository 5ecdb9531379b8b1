import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { StatusReportState } from '@pejling/contracts';
import { StatusChip, type StatusLook } from '../common/StatusChip';

const looks: Record<StatusReportState, StatusLook> = {
  draft: { icon: <EditNoteIcon />, colour: 'warning.main' },
  submitted: { icon: <CheckCircleIcon />, colour: 'success.main' },
};

/** A status report's state (draft, submitted) as a chip with an icon and a word. */
export const ReportStateField = ({ source = 'state', ...props }: FieldProps) => {
  const translate = useTranslate();
  const state = useFieldValue({ source, ...props }) as StatusReportState | undefined;
  if (!state) return null;
  return <StatusChip look={looks[state]} label={translate(`pejling.reportState.${state}`)} />;
};
