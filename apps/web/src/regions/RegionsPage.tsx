import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link, Loading, Title, useCreatePath } from 'react-admin';
import type { RegionSummary, RegionTargetSeries } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { HealthChip } from '../common/HealthChip';
import { ProgressBar } from '../common/ProgressBar';
import { CARD_FIELDS, CardField } from '../common/RecordCards';
import {
  StrategyPicker,
  useForgetUnknownStrategy,
  useStrategyChoice,
} from '../common/StrategyPicker';
import { useApiQuery } from '../common/useApiQuery';
import { useIntlLocale } from '../common/useIntlLocale';
import { ScrollRegion } from '../common/ScrollRegion';
import { useSmallScreen } from '../common/useSmallScreen';
import { usePageTranslate } from '../i18n/pageMessages';
import { regionMessages } from './messages';
import { numberFormat } from '../common/format';

/**
 * The plan by region (target 2 asks for a fair regional spread): per region, the approved
 * values of the targets broken down by region over the years, the region's organisations,
 * and the initiatives they lead or take part in, with their health, progress and overdue
 * milestones. One region at a time, chosen from a list (it fits a phone, and keeps the
 * shared MUI chunk, which the dashboard loads, from growing by a tab bar).
 */
export const RegionsPage = () => {
  const translate = usePageTranslate(regionMessages);
  const [strategyId] = useStrategyChoice();
  const { data, error, isPending } = useApiQuery(['regions', strategyId], (signal) =>
    api.regions(strategyId, signal),
  );
  useForgetUnknownStrategy(error);
  const [index, setIndex] = useState(0);
  const summary = data?.regions[index];
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('pejling.regions.title')} />
      {isPending ? (
        <Loading />
      ) : error || !data ? (
        <Alert severity="error">{translate('pejling.regions.error')}</Alert>
      ) : (
        <Stack spacing={2}>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
            <Typography variant="h5" component="h1">
              {translate('pejling.regions.title')}
            </Typography>
            <StrategyPicker shown={data.strategyId} />
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {translate('pejling.regions.intro')}
          </Typography>
          <TextField
            select
            label={translate('pejling.regions.choose')}
            value={index}
            onChange={(event) => setIndex(Number(event.target.value))}
            sx={{ maxWidth: 320 }}
          >
            {data.regions.map((r, i) => (
              <MenuItem key={r.region} value={i}>
                {translate(`pejling.region.${r.region}`)}
              </MenuItem>
            ))}
          </TextField>
          {summary ? (
            <Box component="section" aria-live="polite">
              <Typography variant="h5" component="h2" sx={{ mb: 1 }}>
                {translate(`pejling.region.${summary.region}`)}
              </Typography>
              <RegionPanel summary={summary} />
            </Box>
          ) : null}
        </Stack>
      )}
    </Box>
  );
};

const RegionPanel = ({ summary }: { summary: RegionSummary }) => {
  const translate = usePageTranslate(regionMessages);
  const createPath = useCreatePath();
  return (
    <Stack spacing={2}>
      <Section title={translate('pejling.regions.values')}>
        {summary.targets.length ? (
          summary.targets.map((series) => (
            <RegionValues key={`${series.targetId}-${series.seriesKey}`} series={series} />
          ))
        ) : (
          <Typography variant="body2">{translate('pejling.regions.no_targets')}</Typography>
        )}
      </Section>
      <Section title={translate('pejling.regions.organisations')}>
        {summary.organisations.length ? (
          <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
            {summary.organisations.map((o) => (
              <Chip
                key={o.id}
                label={o.name}
                clickable
                component={Link}
                to={createPath({ resource: 'organisations', id: o.id, type: 'show' })}
              />
            ))}
          </Stack>
        ) : (
          <Typography variant="body2">{translate('pejling.regions.no_organisations')}</Typography>
        )}
      </Section>
      <Section title={translate('pejling.regions.initiatives')}>
        <RegionInitiatives summary={summary} />
      </Section>
    </Stack>
  );
};

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Card variant="outlined" component="section">
    <CardContent>
      <Typography variant="h6" component="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/** A series' approved values for the region, by year: a table (the figures themselves). */
const RegionValues = ({ series }: { series: RegionTargetSeries }) => {
  const translate = usePageTranslate(regionMessages);
  const locale = useIntlLocale();
  const number = numberFormat(locale, { maximumFractionDigits: 2 });
  const caption = translate('pejling.regions.values_of', {
    number: series.number,
    title: series.title,
  });
  return (
    <Box sx={{ mb: 2 }}>
      {series.points.length ? (
        <ScrollRegion label={caption}>
          <Table size="small">
            <caption style={{ captionSide: 'top', textAlign: 'left', padding: 0 }}>
              <Link to={`/targets/${series.targetId}/show`}>{caption}</Link>
              {series.unit ? ` (${series.unit})` : ''}
            </caption>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  {translate('pejling.targetsPage.series')}
                </TableCell>
                {series.points.map((p) => (
                  <TableCell key={p.year} component="th" scope="col" align="right">
                    {p.year}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              <TableRow>
                <TableCell component="th" scope="row">
                  {series.seriesLabel}
                </TableCell>
                {series.points.map((p) => (
                  <TableCell key={p.year} align="right">
                    {number.format(p.value)}
                  </TableCell>
                ))}
              </TableRow>
            </TableBody>
          </Table>
        </ScrollRegion>
      ) : (
        <Typography variant="body2">
          <Link to={`/targets/${series.targetId}/show`}>{caption}</Link>
          {`: ${translate('pejling.regions.no_values')}`}
        </Typography>
      )}
    </Box>
  );
};

/** The columns of the region's initiatives: their labels' keys, a count to the right. */
const INITIATIVE_COLUMNS: { label: string; align?: 'right' }[] = [
  { label: 'resources.initiatives.fields.code' },
  { label: 'resources.initiatives.fields.title' },
  { label: 'pejling.regions.role' },
  { label: 'resources.initiatives.fields.health' },
  { label: 'resources.initiatives.fields.progress' },
  { label: 'resources.initiatives.fields.milestonesOverdue', align: 'right' },
];

/** What the region's initiatives show beside their code and title, a cell each. */
const useInitiativeCells = () => {
  const translate = usePageTranslate(regionMessages);
  return (i: RegionSummary['initiatives'][number]) => [
    translate(`pejling.regions.role_${i.role}`, { organisations: i.organisations.join(', ') }),
    <HealthChip key="health" health={i.health} />,
    <ProgressBar key="progress" value={i.progress} />,
    i.overdue,
  ];
};

/**
 * The region's initiatives on a phone or an upright tablet: each one's code and title (to
 * its page) over the table's other columns, each after its name.
 */
const StackedInitiatives = ({ summary }: { summary: RegionSummary }) => {
  const translate = usePageTranslate(regionMessages);
  const createPath = useCreatePath();
  const cells = useInitiativeCells();
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {summary.initiatives.map((i) => (
        <Box component="li" key={i.id} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
          <Typography variant="body1" sx={{ fontWeight: 500 }}>
            {i.code}{' '}
            <Link to={createPath({ resource: 'initiatives', id: i.id, type: 'show' })}>
              {i.title}
            </Link>
          </Typography>
          <Box sx={CARD_FIELDS}>
            {cells(i).map((cell, index) => (
              <CardField key={index} label={translate(INITIATIVE_COLUMNS[index + 2].label)}>
                {cell}
              </CardField>
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
};

/**
 * The initiatives the region's organisations lead or take part in, and how each stands: a
 * table, or stacked on a phone or an upright tablet.
 */
const RegionInitiatives = ({ summary }: { summary: RegionSummary }) => {
  const translate = usePageTranslate(regionMessages);
  const createPath = useCreatePath();
  const cells = useInitiativeCells();
  const small = useSmallScreen();
  if (!summary.initiatives.length) {
    return <Typography variant="body2">{translate('pejling.regions.no_initiatives')}</Typography>;
  }
  if (small) return <StackedInitiatives summary={summary} />;
  return (
    <TableContainer>
      <Table size="small">
        <TableHead>
          <TableRow>
            {INITIATIVE_COLUMNS.map(({ label, align }) => (
              <TableCell key={label} component="th" scope="col" align={align}>
                {translate(label)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {summary.initiatives.map((i) => (
            <TableRow key={i.id}>
              <TableCell>{i.code}</TableCell>
              <TableCell>
                <Link to={createPath({ resource: 'initiatives', id: i.id, type: 'show' })}>
                  {i.title}
                </Link>
              </TableCell>
              {cells(i).map((cell, index) => (
                <TableCell
                  key={INITIATIVE_COLUMNS[index + 2].label}
                  align={INITIATIVE_COLUMNS[index + 2].align}
                  sx={index === 2 ? { minWidth: 120 } : undefined}
                >
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
