import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { TargetRecord, TargetSeries } from '@pejling/contracts';
import { useIntlLocale } from '../common/useIntlLocale';
import { assessmentWords } from './assessmentWords';
import { numberFormat } from '../common/format';

/**
 * Each series of a target: where it started and where it should get to, if anywhere, and
 * whether it looks like getting there.
 */
export const TargetSeriesField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<TargetRecord>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (!record?.series?.length) return null;

  const number = (value: number) => numberFormat(locale).format(value);
  const year = (value: number | null) => (value == null ? '—' : String(value));
  const describe = (series: TargetSeries) =>
    [
      series.baselineValue == null
        ? translate('pejling.target.no_baseline')
        : translate('pejling.target.baseline', {
            value: number(series.baselineValue),
            year: year(series.baselineYear),
          }),
      series.targetValue == null
        ? translate('pejling.target.no_goal')
        : translate('pejling.target.goal', {
            value: number(series.targetValue),
            year: year(series.targetYear),
          }),
    ].join(' · ');

  return (
    <Stack spacing={0.5}>
      {record.series.map((series) => (
        <div key={series.key}>
          <Typography variant="body2" component="div">
            {record.series.length > 1 ? <strong>{series.label}: </strong> : null}
            {describe(series)}
          </Typography>
          <Typography variant="body2" color="text.secondary" component="div">
            {assessmentWords(series.assessment, series.targetYear, translate, locale).join(' ')}
          </Typography>
        </div>
      ))}
    </Stack>
  );
};
