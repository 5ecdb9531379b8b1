import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import ReportIcon from '@mui/icons-material/Report';
import WarningIcon from '@mui/icons-material/Warning';
import type { Health } from '@pejling/contracts';
import { useShell } from '../shell/shell';
import { StatusChip, type StatusLook } from './StatusChip';

const looks: Record<Health | 'none', StatusLook> = {
  green: { icon: <CheckCircleIcon />, colour: 'success.main' },
  amber: { icon: <WarningIcon />, colour: 'warning.main' },
  red: { icon: <ReportIcon />, colour: 'error.main' },
  none: { icon: <HelpOutlineIcon />, colour: 'text.secondary' },
};

/** A traffic light, as a chip with a colour, a shape and a word; `null`: not assessed. */
export const HealthChip = ({ health }: { health: Health | 'none' | null | undefined }) => {
  const { translate } = useShell();
  const shown = health ?? 'none';
  return <StatusChip look={looks[shown]} label={translate(`pejling.health.${shown}`)} />;
};
