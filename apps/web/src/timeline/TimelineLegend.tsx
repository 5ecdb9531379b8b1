import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import HighlightOffIcon from '@mui/icons-material/HighlightOff';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Health } from '@pejling/contracts';
import { MARKER_KINDS, MARKER_STYLES } from './statusStyle';

const HEALTH_STYLES = {
  green: { Icon: CheckCircleOutlineIcon, color: 'success.main' },
  amber: { Icon: WarningAmberIcon, color: 'warning.dark' },
  red: { Icon: HighlightOffIcon, color: 'error.main' },
  none: { Icon: HelpOutlineIcon, color: 'text.disabled' },
} as const;

/** An initiative's health as an icon of its own shape and colour, named in its tooltip. */
export const HealthIcon = ({ health }: { health: Health | null }) => {
  const translate = useTranslate();
  const { Icon, color } = HEALTH_STYLES[health ?? 'none'];
  const label = translate('pejling.timeline.health', {
    health: translate(`pejling.health.${health ?? 'none'}`),
  });
  return (
    <Icon
      role="img"
      aria-label={label}
      titleAccess={label}
      sx={{ color, fontSize: 20, flexShrink: 0 }}
    />
  );
};

/** What each marker's shape and colour mean, and the line at today. */
export const TimelineLegend = () => {
  const translate = useTranslate();
  return (
    <Stack
      component="ul"
      direction="row"
      aria-label={translate('pejling.timeline.legend')}
      sx={{ listStyle: 'none', m: 0, p: 0, gap: 2, flexWrap: 'wrap', alignItems: 'center' }}
    >
      {MARKER_KINDS.map((kind) => {
        const { Icon, color } = MARKER_STYLES[kind];
        return (
          <Box component="li" key={kind} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <Icon sx={{ color, fontSize: 20 }} aria-hidden />
            <Typography variant="body2">
              {kind === 'overdue'
                ? translate('pejling.overdue.yes')
                : translate(`pejling.milestoneStatus.${kind}`)}
            </Typography>
          </Box>
        );
      })}
      <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <Box aria-hidden sx={{ width: 0, height: 18, borderLeft: 2, borderColor: 'error.main' }} />
        <Typography variant="body2">{translate('pejling.timeline.today_marker')}</Typography>
      </Box>
    </Stack>
  );
};
