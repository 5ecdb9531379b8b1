import { Box, Stack, Typography, useTheme } from '@mui/material';
import { useShell } from '../shell/shell';
import type { DashboardTargetSeries } from '@pejling/contracts';
import { ChartTable } from '../common/ChartTable';
import { useIntlLocale } from '../common/useIntlLocale';
import { formatNumber } from './format';

const WIDTH = 320;
const HEIGHT = 140;
/** Room for the value labels on the left and the years below. */
const PAD = { left: 44, right: 12, top: 10, bottom: 22 };

type Point = { year: number; value: number };

/**
 * A series by year as a small SVG chart: the measured values, and the straight line from
 * baseline to target dashed. Drawn by hand rather than with the chart library, so that the
 * dashboard stays within its JavaScript budget; the target pages use the library. Its
 * figures are also a table for screen readers, which do not see the drawing.
 */
export const TargetChart = ({ series }: { series: DashboardTargetSeries }) => {
  const { translate } = useShell();
  const locale = useIntlLocale();
  const theme = useTheme();
  const all = [...series.line, ...series.points];
  if (!all.length) return null;
  const years = all.map((p) => p.year);
  const values = all.map((p) => p.value);
  const [x0, x1] = [Math.min(...years), Math.max(...years)];
  const [y0, y1] = [Math.min(0, ...values), Math.max(...values)];
  const x = (year: number) =>
    PAD.left + ((year - x0) / Math.max(1, x1 - x0)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) =>
    HEIGHT - PAD.bottom - ((value - y0) / Math.max(1, y1 - y0)) * (HEIGHT - PAD.top - PAD.bottom);
  const path = (points: Point[]) =>
    [...points]
      .sort((a, b) => a.year - b.year)
      .map((p, i) => `${i ? 'L' : 'M'}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`)
      .join(' ');
  const text = { fontSize: 11, fill: theme.palette.text.secondary };
  const valueIn = (points: Point[], year: number) => {
    const point = points.find((p) => p.year === year);
    return point ? formatNumber(point.value, locale) : '—';
  };

  return (
    <Box
      role="figure"
      aria-label={translate('pejling.dashboard.chart_label', { series: series.label })}
    >
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" aria-hidden="true">
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(y0)}
          y2={y(y0)}
          stroke={theme.palette.divider}
        />
        <text x={PAD.left - 4} y={y(y1) + 4} textAnchor="end" {...text}>
          {formatNumber(y1, locale)}
        </text>
        <text x={PAD.left - 4} y={y(y0)} textAnchor="end" {...text}>
          {formatNumber(y0, locale)}
        </text>
        {[...new Set([x0, x1])].map((year) => (
          <text key={year} x={x(year)} y={HEIGHT - 6} textAnchor="middle" {...text}>
            {year}
          </text>
        ))}
        <path
          d={path(series.line)}
          fill="none"
          stroke={theme.palette.grey[500]}
          strokeWidth={2}
          strokeDasharray="6 4"
        />
        <path
          d={path(series.points)}
          fill="none"
          stroke={theme.palette.primary.main}
          strokeWidth={2}
        />
        {series.points.map((p) => (
          <circle
            key={p.year}
            cx={x(p.year)}
            cy={y(p.value)}
            r={3.5}
            fill={theme.palette.primary.main}
          />
        ))}
      </svg>
      <Stack direction="row" spacing={2} justifyContent="center">
        <Legend
          dashed
          color={theme.palette.grey[500]}
          label={translate('pejling.dashboard.chart_line')}
        />
        <Legend
          color={theme.palette.primary.main}
          label={translate('pejling.dashboard.chart_measured')}
        />
      </Stack>
      <ChartTable
        caption={series.label}
        columns={[
          translate('pejling.targetsPage.year'),
          translate('pejling.dashboard.chart_measured'),
          translate('pejling.dashboard.chart_line'),
        ]}
        rows={[...new Set(years)]
          .sort((a, b) => a - b)
          .map((year) => ({
            header: String(year),
            cells: [valueIn(series.points, year), valueIn(series.line, year)],
          }))}
      />
    </Box>
  );
};

const Legend = ({ color, label, dashed }: { color: string; label: string; dashed?: boolean }) => (
  <Stack direction="row" spacing={0.5} alignItems="center">
    <svg width="18" height="6" aria-hidden="true">
      <line
        x1="0"
        x2="18"
        y1="3"
        y2="3"
        stroke={color}
        strokeWidth={2}
        strokeDasharray={dashed ? '4 3' : undefined}
      />
    </svg>
    <Typography variant="caption" color="text.secondary">
      {label}
    </Typography>
  </Stack>
);
