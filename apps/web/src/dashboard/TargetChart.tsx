import { Box, useTheme } from '@mui/material';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslate } from 'react-admin';
import type { DashboardTargetSeries } from '@pejling/contracts';
import { useIntlLocale } from '../common/useIntlLocale';
import { formatNumber } from './format';

/**
 * A series by year: the measured values and the straight line from baseline to target.
 * Its own module (and chunk): the chart library loads only where a chart is shown.
 */
export const TargetChart = ({ series }: { series: DashboardTargetSeries }) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const theme = useTheme();
  const years = [...new Set([...series.line, ...series.points].map((p) => p.year))].sort(
    (a, b) => a - b,
  );
  const at = (points: { year: number; value: number }[]) =>
    years.map((year) => points.find((p) => p.year === year)?.value ?? null);
  const format = (value: number | null) => (value === null ? '' : formatNumber(value, locale));
  return (
    <Box
      role="img"
      aria-label={translate('pejling.dashboard.chart_label', { series: series.label })}
      sx={{ '& path[data-series="line"]': { strokeDasharray: '6 4' } }}
    >
      <LineChart
        height={160}
        margin={{ top: 8, right: 20, bottom: 4, left: 4 }}
        skipAnimation
        xAxis={[{ data: years, scaleType: 'point', valueFormatter: (year: number) => `${year}` }]}
        yAxis={[{ width: 48, valueFormatter: (v: number) => formatNumber(v, locale) }]}
        series={[
          {
            id: 'line',
            data: at(series.line),
            label: translate('pejling.dashboard.chart_line'),
            color: theme.palette.grey[500],
            showMark: false,
            valueFormatter: format,
          },
          {
            id: 'measured',
            data: at(series.points),
            label: translate('pejling.dashboard.chart_measured'),
            connectNulls: true,
            color: theme.palette.primary.main,
            showMark: true,
            valueFormatter: format,
          },
        ]}
        slotProps={{
          legend: {
            direction: 'horizontal',
            position: { vertical: 'bottom', horizontal: 'center' },
          },
        }}
      />
    </Box>
  );
};
