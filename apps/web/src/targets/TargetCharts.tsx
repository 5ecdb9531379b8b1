import { Box, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslate } from 'react-admin';
import type { MeasurementRecord, TargetRecord } from '@pejling/contracts';
import { REGIONS } from '@pejling/contracts';
import { ChartTable } from '../common/ChartTable';
import { useIntlLocale } from '../common/useIntlLocale';
import { byRegion, hasLine, lineValue, nationalValue, yearsOf } from './targetSeries';
import { numberFormat } from '../common/format';

/**
 * The charts of a target, in a module of their own: the chart library loads only with a
 * page that shows them.
 */

const PALETTE = ['#1565c0', '#ef6c00', '#2e7d32', '#6a1b9a', '#00838f'];
/** The straight lines: the series' colour, lighter, and dashed. */
const PALETTE_LIGHT = ['#64b5f6', '#ffb74d', '#81c784', '#ba68c8', '#4dd0e1'];

/** A figure as the charts and their tables write it; '—' for a year without one. */
const orDash = (number: Intl.NumberFormat) => (v: number | null) =>
  v == null ? '—' : number.format(v);

/** Each series' measurements by year, with its straight line from baseline to target (dashed). */
export const TargetYearChart = ({
  target,
  measurements,
}: {
  target: TargetRecord;
  measurements: MeasurementRecord[];
}) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const number = numberFormat(locale, { maximumFractionDigits: 1 });
  const years = yearsOf(target.series, measurements);
  if (!years.length) return null;
  const several = target.series.length > 1;
  const format = orDash(number);
  const series = target.series.flatMap((s, i) => {
    const color = PALETTE[i % PALETTE.length];
    const name = several ? `${s.label}: ` : '';
    return [
      {
        id: `measured-${s.key}`,
        label: `${name}${translate('pejling.targetsPage.measured')}`,
        data: years.map((y) => nationalValue(measurements, s.key, y)),
        color,
        connectNulls: true,
        showMark: true,
        valueFormatter: format,
      },
      ...(hasLine(s)
        ? [
            {
              id: `line-${s.key}`,
              label: `${name}${translate('pejling.targetsPage.line')}`,
              data: years.map((y) => lineValue(s, y)),
              color: PALETTE_LIGHT[i % PALETTE_LIGHT.length],
              showMark: false,
              valueFormatter: format,
            },
          ]
        : []),
    ];
  });
  // The straight lines are dashed, so they differ from the measurements by more than colour.
  const dashedLines: Record<string, object> = Object.fromEntries(
    target.series.map((s) => [
      `& path[data-series="line-${s.key}"]`,
      { strokeDasharray: '6 4', strokeWidth: 2 },
    ]),
  );
  const label = translate('pejling.targetsPage.chart_label', { title: target.title });
  return (
    <Box
      role="figure"
      aria-label={label}
      data-testid="target-year-chart"
      sx={{ width: '100%', ...dashedLines }}
    >
      <Typography variant="subtitle1" component="h3">
        {translate('pejling.targetsPage.chart_title')}
      </Typography>
      <LineChart
        height={300}
        xAxis={[{ data: years, scaleType: 'point', valueFormatter: (y: number) => String(y) }]}
        yAxis={[{ valueFormatter: (v: number) => number.format(v), width: 60 }]}
        series={series}
        margin={{ right: 24 }}
      />
      <ChartTable
        caption={label}
        columns={[translate('pejling.targetsPage.year'), ...series.map((s) => s.label)]}
        rows={years.map((year, i) => ({
          header: String(year),
          cells: series.map((s) => format(s.data[i])),
        }))}
      />
    </Box>
  );
};

/** A target broken down by region: one group of bars per region, one bar per year. */
export const TargetRegionChart = ({
  target,
  measurements,
  seriesKey,
}: {
  target: TargetRecord;
  measurements: MeasurementRecord[];
  seriesKey: string;
}) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const number = numberFormat(locale, { maximumFractionDigits: 1 });
  const { table, years } = byRegion(measurements, seriesKey);
  if (!years.length) return null;
  const format = orDash(number);
  const label = translate('pejling.targetsPage.region_chart_label', { title: target.title });
  const regionName = (region: string) => translate(`pejling.region.${region}`);
  return (
    <Box role="figure" aria-label={label} data-testid="target-region-chart" sx={{ width: '100%' }}>
      <BarChart
        height={300}
        xAxis={[
          {
            scaleType: 'band',
            data: REGIONS.map((r) => regionName(r).replace(/^Region /, '')),
          },
        ]}
        yAxis={[{ valueFormatter: (v: number) => number.format(v), width: 60 }]}
        series={years.map((year, i) => ({
          id: `year-${year}`,
          label: String(year),
          data: REGIONS.map((r) => table.get(r)?.get(year) ?? null),
          color: PALETTE[i % PALETTE.length],
          valueFormatter: format,
        }))}
      />
      <ChartTable
        caption={label}
        columns={[translate('pejling.targetsPage.region'), ...years.map(String)]}
        rows={REGIONS.map((r) => ({
          header: regionName(r),
          cells: years.map((year) => format(table.get(r)?.get(year) ?? null)),
        }))}
      />
    </Box>
  );
};
