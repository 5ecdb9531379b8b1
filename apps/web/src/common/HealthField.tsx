import type { ReactElement } from 'react';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import ReportIcon from '@mui/icons-material/Report';
import WarningIcon from '@mui/icons-material/Warning';
import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { Health } from '@pejling/contracts';

/**
 * Each health has a colour, a shape and a word: the colour alone would leave out
 * people who cannot tell green from red.
 */
const looks: Record<Health, { icon: ReactElement; colour: string }> = {
  green: { icon: <CheckCircleIcon />, colour: 'success.main' },
  amber: { icon: <WarningIcon />, colour: 'warning.main' },
  red: { icon: <ReportIcon />, colour: 'error.main' },
};

export const HealthField = ({ source = 'health', ...props }: FieldProps) => {
  const translate = useTranslate();
  const health = useFieldValue({ source, ...props }) as Health | null | undefined;
  const look = health ? looks[health] : undefined;
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={look?.icon ?? <HelpOutlineIcon />}
      label={translate(`pejling.health.${health ?? 'none'}`)}
      sx={{
        alignSelf: 'flex-start',
        borderColor: look?.colour ?? 'divider',
        '& .MuiChip-icon': { color: look?.colour ?? 'text.secondary' },
      }}
    />
  );
};
