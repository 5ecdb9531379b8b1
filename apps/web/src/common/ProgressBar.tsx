import { Box, LinearProgress, Typography } from '@mui/material';
import { formatPercent } from './format';
import { useIntlLocale } from './useIntlLocale';

/** A percentage 0–100 as a bar and a figure. */
export const ProgressBar = ({ value }: { value: number | null | undefined }) => {
  const locale = useIntlLocale();
  if (value == null) return null;
  const text = formatPercent(value, locale);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 120 }}>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, Math.max(0, value))}
        aria-label={text}
        sx={{ flexGrow: 1, height: 8, borderRadius: 4 }}
      />
      <Typography variant="body2" component="span" sx={{ minWidth: '3.5em', textAlign: 'right' }}>
        {text}
      </Typography>
    </Box>
  );
};
