import AddIcon from '@mui/icons-material/Add';
import {
  Box,
  Button,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { Loading, useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { MeasurementRecord, TargetRecord } from '@pejling/contracts';
import { REGIONS } from '@pejling/contracts';
import { useIntlLocale } from '../common/useIntlLocale';
import { MeasurementDialog } from './MeasurementDialog';
import { byRegion, hasLine } from './targetSeries';

// The chart library is loaded only when a target's charts are shown.
const TargetYearChart = lazy(async () => ({
  default: (await import('./TargetCharts')).TargetYearChart,
}));
const TargetRegionChart = lazy(async () => ({
  default: (await import('./TargetCharts')).TargetRegionChart,
}));

/**
 * A target's measurements: the chart by year with the straight line from baseline to
 * target, by region as a table and a chart (for a target broken down by region), every
 * measurement with its source, and, for whom may, entry of a new one.
 */
export const TargetMeasurements = (_props: { label?: string | false }) => {
  const target = useRecordContext<TargetRecord>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  const [adding, setAdding] = useState(false);
  const { canAccess: canCreate } = useCanAccess({ resource: 'measurements', action: 'create' });
  const {
    data = [],
    isPending,
    refetch,
  } = useGetList<MeasurementRecord>(
    'measurements',
    {
      filter: { targetId: target?.id },
      pagination: { page: 1, perPage: 1000 },
      sort: { field: 'year', order: 'ASC' },
    },
    { enabled: target != null },
  );
  if (!target) return null;
  if (isPending) return <Loading />;

  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const seriesLabel = (key: string) => target.series.find((s) => s.key === key)?.label ?? key;
  const noLine = target.series.some((s) => !hasLine(s));

  return (
    <Stack spacing={3} sx={{ width: '100%' }}>
      {data.some((m) => m.region == null) || target.series.some(hasLine) ? (
        <Suspense fallback={<Loading />}>
          <TargetYearChart target={target} measurements={data} />
        </Suspense>
      ) : null}
      {noLine ? (
        <Typography variant="body2" color="text.secondary">
          {translate('pejling.targetsPage.no_line')}
        </Typography>
      ) : null}

      {target.byRegion
        ? target.series.map((series) => {
            const { table, years } = byRegion(data, series.key);
            return (
              <Box key={series.key}>
                <Typography variant="subtitle1" component="h3">
                  {translate('pejling.targetsPage.region_title')}
                  {target.series.length > 1 ? `: ${series.label}` : ''}
                </Typography>
                {years.length ? (
                  <>
                    <TableContainer component={Paper} variant="outlined" sx={{ my: 1 }}>
                      <Table size="small" data-testid="target-region-table">
                        <TableHead>
                          <TableRow>
                            <TableCell component="th" scope="col">
                              {translate('pejling.targetsPage.region')}
                            </TableCell>
                            {years.map((y) => (
                              <TableCell key={y} component="th" scope="col" align="right">
                                {y}
                              </TableCell>
                            ))}
                          </TableRow>
                        </TableHead>
                        <TableBody>
                          {REGIONS.map((r) => (
                            <TableRow key={r}>
                              <TableCell component="th" scope="row">
                                {translate(`pejling.region.${r}`)}
                              </TableCell>
                              {years.map((y) => {
                                const v = table.get(r)?.get(y);
                                return (
                                  <TableCell key={y} align="right">
                                    {v == null ? '—' : number.format(v)}
                                  </TableCell>
                                );
                              })}
                            </TableRow>
                          ))}
                        </TableBody>
                      </Table>
                    </TableContainer>
                    <Suspense fallback={<Loading />}>
                      <TargetRegionChart
                        target={target}
                        measurements={data}
                        seriesKey={series.key}
                      />
                    </Suspense>
                  </>
                ) : (
                  <Typography variant="body2" color="text.secondary">
                    {translate('pejling.targetsPage.no_measurements')}
                  </Typography>
                )}
              </Box>
            );
          })
        : null}

      <Box>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="subtitle1" component="h3">
            {translate('pejling.targetsPage.measurements')}
          </Typography>
          {canCreate ? (
            <Button startIcon={<AddIcon />} variant="outlined" onClick={() => setAdding(true)}>
              {translate('pejling.targetsPage.add')}
            </Button>
          ) : null}
        </Stack>
        {data.length ? (
          <TableContainer component={Paper} variant="outlined" sx={{ mt: 1 }}>
            <Table size="small" data-testid="target-measurements">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('pejling.targetsPage.year')}</TableCell>
                  {target.series.length > 1 ? (
                    <TableCell>{translate('pejling.targetsPage.series')}</TableCell>
                  ) : null}
                  <TableCell>{translate('pejling.targetsPage.region')}</TableCell>
                  <TableCell align="right">
                    {translate('pejling.targetsPage.value')} ({target.unit})
                  </TableCell>
                  <TableCell>{translate('pejling.targetsPage.source')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell>{m.year}</TableCell>
                    {target.series.length > 1 ? (
                      <TableCell>{seriesLabel(m.seriesKey)}</TableCell>
                    ) : null}
                    <TableCell>
                      {m.region
                        ? translate(`pejling.region.${m.region}`)
                        : translate('pejling.targetsPage.whole_country')}
                    </TableCell>
                    <TableCell align="right">{number.format(m.value)}</TableCell>
                    <TableCell>{m.source ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        ) : (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('pejling.targetsPage.no_measurements')}
          </Typography>
        )}
      </Box>
      {canCreate ? (
        <MeasurementDialog
          target={target}
          open={adding}
          onClose={(saved) => {
            setAdding(false);
            if (saved) void refetch();
          }}
        />
      ) : null}
    </Stack>
  );
};
