import EventIcon from '@mui/icons-material/Event';
import { Chip, Tooltip, useMediaQuery, type Theme } from '@mui/material';
import { formatDay } from '../common/format';
import { useAppInfo } from '../common/useAppInfo';
import { useIntlLocale } from '../common/useIntlLocale';
import { useShell } from '../shell/shell';

/**
 * Says, in the app bar, when Pejling runs with a fixed date (a demo, a test): every
 * "overdue" and every reminder is reckoned from that date, not from the calendar.
 */
export const DateBanner = () => {
  const { translate } = useShell();
  const locale = useIntlLocale();
  const info = useAppInfo();
  // On a phone the chip shows the date alone, so that the app bar's buttons fit beside it;
  // its whole text stays its accessible name and its tooltip says what it means.
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  if (!info || (!info.fixedToday && !info.demo)) return null;

  const date = formatDay(info.today, locale, 'long');
  const label = info.fixedToday
    ? translate(info.demo ? 'pejling.info.demo_date' : 'pejling.info.fixed_date', { date })
    : translate('pejling.info.demo');
  const help = info.fixedToday
    ? translate('pejling.info.fixed_date_help')
    : translate('pejling.info.demo_help');

  return (
    <Tooltip title={help}>
      <Chip
        role="status"
        icon={<EventIcon />}
        label={narrow && info.fixedToday ? formatDay(info.today, locale, 'medium') : label}
        aria-label={label}
        sx={{
          mx: 1,
          fontWeight: 500,
          bgcolor: 'warning.light',
          // MUI's warning.contrastText is white, 2.2:1 on this orange; black reads at 9:1.
          color: (theme) => theme.palette.getContrastText(theme.palette.warning.light),
          '& .MuiChip-icon': { color: 'inherit' },
        }}
      />
    </Tooltip>
  );
};
