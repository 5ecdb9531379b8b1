import type { ReactNode } from 'react';
import { Stack, Typography } from '@mui/material';
import type { Health, RoundReport, RoundReportInitiative } from '@pejling/contracts';
import { HEALTHS, linkedTotal, milestonesMovedIn } from '@pejling/contracts';
import { formatDay, formatPercent, numberFormat } from '../../common/format';
import { HealthChip } from '../../common/HealthChip';
import { useIntlLocale } from '../../common/useIntlLocale';
import { assessmentWords, linkedHealthWords } from '../../targets/assessmentWords';
import { usePageTranslate } from '../../i18n/pageMessages';
import { FiguresTable } from '../FiguresTable';
import { figureCounts } from '../roundFigures';
import { roundReportMessages } from './messages';
import { ReportTable } from './ReportTable';

const HEALTH_COLUMNS: (Health | 'none')[] = [...HEALTHS, 'none'];

/** Initiatives by health, per focus area and in all. */
const HealthByFocusArea = ({ report }: { report: RoundReport }) => {
  const translate = usePageTranslate(roundReportMessages);
  const total = (health: Health | 'none') =>
    report.focusAreas.reduce((sum, area) => sum + area.byHealth[health], 0);
  const rows: { key: number; cells: ReactNode[] }[] = report.focusAreas.map((area) => ({
    key: area.id,
    cells: [
      `${area.code} ${area.title}`,
      ...HEALTH_COLUMNS.map((health) => area.byHealth[health]),
      area.initiatives.length,
    ],
  }));
  rows.push({
    key: 0,
    cells: [
      <strong key="label">{translate('pejling.roundReport.total')}</strong>,
      ...HEALTH_COLUMNS.map((health) => <strong key={health}>{total(health)}</strong>),
      <strong key="all">
        {report.focusAreas.reduce((sum, area) => sum + area.initiatives.length, 0)}
      </strong>,
    ],
  });
  return (
    <ReportTable
      label={translate('pejling.roundReport.health_by_area')}
      head={[
        translate('resources.focus-areas.name', { smart_count: 1 }),
        ...HEALTH_COLUMNS.map((health) => <HealthChip key={health} health={health} />),
        translate('pejling.roundReport.total'),
      ]}
      rows={rows}
    />
  );
};

/**
 * A target (or one of its series) by name, the initiatives that should move it by health,
 * and its assessment on the report's day; a snapshot from before those were kept has the
 * name alone.
 */
const TargetAssessed = ({
  title,
  target,
  series,
}: {
  title: string;
  target: RoundReport['targets'][number];
  series: RoundReport['targets'][number]['series'][number];
}) => {
  const translate = usePageTranslate(roundReportMessages);
  const locale = useIntlLocale();
  const health = target.linkedHealth;
  const linked = health && linkedTotal(health);
  return (
    <>
      {title}
      {health && (
        <Typography variant="caption" color="text.secondary" component="div">
          {linked
            ? `${translate('pejling.dashboard.linked', { smart_count: linked })}: ${linkedHealthWords(health, translate)}`
            : translate('pejling.dashboard.linked_none')}
        </Typography>
      )}
      {series.assessment && (
        <Typography variant="caption" color="text.secondary" component="div">
          {assessmentWords(series.assessment, series.targetYear, translate, locale).join(' ')}
        </Typography>
      )}
    </>
  );
};

/** Each target's series: baseline → latest national value → target. */
const Targets = ({ report }: { report: RoundReport }) => {
  const translate = usePageTranslate(roundReportMessages);
  const locale = useIntlLocale();
  const number = numberFormat(locale);
  const valueIn = (value: number | null, year: number | null, missing: string) =>
    value == null
      ? translate(missing)
      : year == null
        ? number.format(value)
        : `${number.format(value)} (${year})`;
  const rows = report.targets.flatMap((target) =>
    target.series.map((series) => ({
      key: `${target.id}-${series.key}`,
      cells: [
        target.number,
        <TargetAssessed
          key="target"
          title={target.series.length > 1 ? `${target.title}: ${series.label}` : target.title}
          target={target}
          series={series}
        />,
        target.unit,
        valueIn(series.baselineValue, series.baselineYear, 'pejling.roundReport.not_measured'),
        valueIn(
          series.latest?.value ?? null,
          series.latest?.year ?? null,
          'pejling.roundReport.not_measured',
        ),
        valueIn(series.targetValue, series.targetYear, 'pejling.roundReport.no_target'),
      ],
    })),
  );
  if (!rows.length) {
    return <Typography variant="body2">{translate('pejling.roundReport.no_targets')}</Typography>;
  }
  return (
    <ReportTable
      label={translate('pejling.roundReport.targets')}
      naming={2}
      head={[
        translate('resources.targets.fields.number'),
        translate('resources.targets.fields.title'),
        translate('resources.targets.fields.unit'),
        translate('pejling.roundReport.baseline'),
        translate('pejling.roundReport.latest'),
        translate('pejling.roundReport.target'),
      ]}
      rows={rows}
    />
  );
};

/**
 * The target figures the round asks for, as the report has them (frozen at closing): the
 * approved values, and where the others stand.
 */
const Figures = ({ figures }: { figures: NonNullable<RoundReport['figures']> }) => {
  const translate = usePageTranslate(roundReportMessages);
  const { year, rows } = figures;
  return (
    <>
      <Typography variant="h6" component="h3">
        {translate('pejling.roundFigures.title_year', { year })}
      </Typography>
      <Typography variant="body1">
        {translate(rows.length ? 'pejling.roundFigures.counts' : 'pejling.roundFigures.none', {
          ...figureCounts(rows),
          year,
          smart_count: rows.length,
        })}
      </Typography>
      {rows.length > 0 && <FiguresTable rows={rows} />}
    </>
  );
};

/** An initiative's change since the previous round, in words; empty if nothing changed. */
export const useChangeText = () => {
  const translate = usePageTranslate(roundReportMessages);
  const locale = useIntlLocale();
  return (initiative: RoundReportInitiative): string => {
    const { change } = initiative;
    if (!change) return '';
    const parts: string[] = [];
    if ((change.health ?? null) !== (initiative.health ?? null)) {
      parts.push(
        translate('pejling.roundReport.health_change', {
          from: translate(`pejling.health.${change.health ?? 'none'}`),
          to: translate(`pejling.health.${initiative.health ?? 'none'}`),
        }),
      );
    }
    if (change.progress !== 0) {
      const points = numberFormat(locale, { signDisplay: 'always' }).format(change.progress);
      parts.push(
        translate('pejling.roundReport.progress_change', {
          points,
          progress: formatPercent(initiative.progress, locale),
        }),
      );
    }
    return parts.join('; ');
  };
};

/** Which initiatives changed health or progress since the previous closed round. */
const Changes = ({ report }: { report: RoundReport }) => {
  const translate = usePageTranslate(roundReportMessages);
  const changeText = useChangeText();
  if (!report.previousRound) {
    return <Typography variant="body2">{translate('pejling.roundReport.no_previous')}</Typography>;
  }
  const changed = report.focusAreas
    .flatMap((area) => area.initiatives)
    .map((initiative) => ({ initiative, text: changeText(initiative) }))
    .filter(({ text }) => text);
  if (!changed.length) {
    return <Typography variant="body2">{translate('pejling.roundReport.no_changes')}</Typography>;
  }
  return (
    <ReportTable
      label={translate('pejling.roundReport.changes')}
      head={[
        translate('resources.initiatives.name', { smart_count: 1 }),
        translate('pejling.roundReport.change'),
      ]}
      rows={changed.map(({ initiative, text }) => ({
        key: initiative.id,
        cells: [`${initiative.code} ${initiative.title}`, text],
      }))}
    />
  );
};

/**
 * The report's first part: how many initiatives reported, their health by focus area,
 * the targets and the figures the round asks for, and what changed since the last round.
 */
export const ReportSummary = ({ report }: { report: RoundReport }) => {
  const translate = usePageTranslate(roundReportMessages);
  const locale = useIntlLocale();
  const initiatives = report.focusAreas.flatMap((area) => area.initiatives);
  const reported = initiatives.filter(
    (initiative) => initiative.report && !initiative.report.outsideRound,
  ).length;
  const moved = milestonesMovedIn(report.focusAreas);
  return (
    <Stack spacing={2} component="section">
      <Typography variant="h5" component="h2">
        {translate('pejling.roundReport.summary')}
      </Typography>
      <Typography variant="body1">
        {translate('pejling.roundReport.reported', {
          reported,
          smart_count: initiatives.length,
        })}
      </Typography>
      {moved !== null && (
        <Typography variant="body1">
          {translate('pejling.roundReport.moved_count', { smart_count: moved })}
        </Typography>
      )}
      <Typography variant="h6" component="h3">
        {translate('pejling.roundReport.health_by_area')}
      </Typography>
      <HealthByFocusArea report={report} />
      <Typography variant="h6" component="h3">
        {translate('pejling.roundReport.targets')}
      </Typography>
      <Targets report={report} />
      {report.figures && <Figures figures={report.figures} />}
      <Typography variant="h6" component="h3">
        {report.previousRound
          ? translate('pejling.roundReport.changes_since', {
              title: report.previousRound.title,
              date: formatDay(report.previousRound.meetingDate, locale, 'long'),
            })
          : translate('pejling.roundReport.changes')}
      </Typography>
      <Changes report={report} />
    </Stack>
  );
};
