import AddIcon from '@mui/icons-material/Add';
import {
  Box,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Fragment, lazy, Suspense, useState } from 'react';
import { Loading, useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { MeasurementRecord, TargetRecord } from '@pejling/contracts';
import { REGIONS } from '@pejling/contracts';
import { useIntlLocale } from '../common/useIntlLocale';
import { AttachmentList } from '../attachments/AttachmentList';
import { useMe } from '../auth/useMe';
import { canAccessAs } from '../auth/canAccess';
import { MeasurementDecision } from './MeasurementDecision';
import { MeasurementDialog } from './MeasurementDialog';
import { MeasurementStateField } from './MeasurementStateField';
import { byRegion, hasLine } from './targetSeries';
import { ScrollRegion } from '../common/ScrollRegion';
import { useSmallScreen } from '../common/useSmallScreen';
import { numberFormat } from '../common/format';

/** A table's box, outlined as a card is. */
const OUTLINED = { border: 1, borderColor: 'divider', borderRadius: 1 } as const;

// The chart library is loaded only when a target's charts are shown.
const TargetYearChart = lazy(async () => ({
  default: (await import('./TargetCharts')).TargetYearChart,
}));
const TargetRegionChart = lazy(async () => ({
  default: (await import('./TargetCharts')).TargetRegionChart,
}));

/**
 * A target's measurements: the chart by year with the straight line from baseline to
 * target, by region as a table and a chart (for a target broken down by region), of the
 * approved figures; every figure the person may read with its source and state (a table,
 * or one under another on a phone or an upright tablet); and, for whom may, entry of a
 * new one (the secretariat) or a proposal (the data owner), the secretariat's approval of
 * what waits, and the data owner's corrections.
 */
export const TargetMeasurements = (_props: { label?: string | false }) => {
  const target = useRecordContext<TargetRecord>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  const [adding, setAdding] = useState(false);
  const [correcting, setCorrecting] = useState<MeasurementRecord>();
  /** The figure whose files are shown, under its row. */
  const [evidenceOf, setEvidenceOf] = useState<number>();
  const { canAccess: canCreate } = useCanAccess({
    resource: 'measurements',
    action: 'create',
    record: { targetId: target?.id },
  });
  const { canAccess: approves } = useCanAccess({ resource: 'measurements', action: 'approve' });
  const me = useMe();
  const small = useSmallScreen();
  const {
    data: all = [],
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

  // Only approved figures count, in the charts and the regional table as anywhere.
  const data = all.filter((m) => m.state === 'approved');
  const number = numberFormat(locale, { maximumFractionDigits: 2 });
  const columns = target.series.length > 1 ? 7 : 6;
  const mayCorrect = (m: MeasurementRecord) =>
    !!me && canAccessAs(me, 'measurements', 'edit', { ...m });
  const seriesLabel = (key: string) => target.series.find((s) => s.key === key)?.label ?? key;
  const noLine = target.series.some((s) => !hasLine(s));
  const where = (m: MeasurementRecord) =>
    m.region
      ? translate(`pejling.region.${m.region}`)
      : translate('pejling.targetsPage.whole_country');
  const figure = (m: MeasurementRecord) => `${m.year}: ${number.format(m.value)}`;
  /** What may be done with a figure: approve or return it, correct it, see its files. */
  const actions = (m: MeasurementRecord) => (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <MeasurementDecision measurement={m} label={figure(m)} onDecided={() => void refetch()} />
      {mayCorrect(m) ? (
        <Button
          size="small"
          aria-label={translate('pejling.figures.correct_label', { figure: figure(m) })}
          onClick={() => setCorrecting(m)}
        >
          {translate('pejling.figures.correct')}
        </Button>
      ) : null}
      <Button
        size="small"
        aria-expanded={evidenceOf === m.id}
        aria-label={translate('pejling.figures.evidence_label', { figure: figure(m) })}
        onClick={() => setEvidenceOf(evidenceOf === m.id ? undefined : m.id)}
      >
        {translate('pejling.figures.evidence')}
      </Button>
    </Stack>
  );
  /** A figure's files, while they are shown. */
  const evidence = (m: MeasurementRecord) =>
    evidenceOf === m.id ? <AttachmentList parentType="measurement" parentId={m.id} /> : null;
  const regionTitle = (label: string) =>
    `${translate('pejling.targetsPage.region_title')}${target.series.length > 1 ? `: ${label}` : ''}`;

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
                  {regionTitle(series.label)}
                </Typography>
                {years.length ? (
                  <>
                    <ScrollRegion label={regionTitle(series.label)} sx={[OUTLINED, { my: 1 }]}>
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
                    </ScrollRegion>
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
              {translate(approves ? 'pejling.targetsPage.add' : 'pejling.figures.propose_button')}
            </Button>
          ) : null}
        </Stack>
        {all.length && small ? (
          <Box
            component="ul"
            data-testid="target-measurements"
            aria-label={translate('pejling.targetsPage.measurements')}
            sx={{ listStyle: 'none', m: 0, mt: 1, p: 0 }}
          >
            {all.map((m) => (
              <Box
                component="li"
                key={m.id}
                sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}
              >
                <Typography sx={{ fontWeight: 500 }}>
                  {[
                    m.year,
                    ...(target.series.length > 1 ? [seriesLabel(m.seriesKey)] : []),
                    where(m),
                  ].join(' · ')}
                  : {number.format(m.value)} {target.unit}
                </Typography>
                <Stack
                  direction="row"
                  useFlexGap
                  sx={{ flexWrap: 'wrap', alignItems: 'center', columnGap: 2, rowGap: 0.5 }}
                >
                  <MeasurementStateField measurement={m} />
                  <Typography variant="body2">
                    {translate('pejling.targetsPage.source')}: {m.source ?? '—'}
                  </Typography>
                </Stack>
                {actions(m)}
                {evidence(m)}
              </Box>
            ))}
          </Box>
        ) : all.length ? (
          <ScrollRegion
            label={translate('pejling.targetsPage.measurements')}
            sx={[OUTLINED, { mt: 1 }]}
          >
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
                  <TableCell>{translate('pejling.figures.state')}</TableCell>
                  <TableCell>{translate('pejling.figures.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {all.map((m) => (
                  <Fragment key={m.id}>
                    <TableRow>
                      <TableCell>{m.year}</TableCell>
                      {target.series.length > 1 ? (
                        <TableCell>{seriesLabel(m.seriesKey)}</TableCell>
                      ) : null}
                      <TableCell>{where(m)}</TableCell>
                      <TableCell align="right">{number.format(m.value)}</TableCell>
                      <TableCell>{m.source ?? '—'}</TableCell>
                      <TableCell>
                        <MeasurementStateField measurement={m} />
                      </TableCell>
                      <TableCell>{actions(m)}</TableCell>
                    </TableRow>
                    {evidenceOf === m.id ? (
                      <TableRow>
                        <TableCell colSpan={columns}>{evidence(m)}</TableCell>
                      </TableRow>
                    ) : null}
                  </Fragment>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
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
      {correcting ? (
        <MeasurementDialog
          target={target}
          measurement={correcting}
          open
          onClose={(saved) => {
            setCorrecting(undefined);
            if (saved) void refetch();
          }}
        />
      ) : null}
    </Stack>
  );
};
