import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { InitiativeRecord } from '@pejling/contracts';
import { formatPercent } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';

/** Says in words where an initiative's progress figure comes from. */
export const ProgressExplanation = () => {
  const record = useRecordContext<InitiativeRecord>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (!record) return null;

  const counts = { done: record.milestonesDone, counted: record.milestonesCounted };
  const sentences: string[] = [];
  switch (record.progressMethod) {
    case 'override':
      sentences.push(
        translate('pejling.progress.override', {
          progress: formatPercent(record.progress, locale),
          reason: record.progressOverrideReason || translate('pejling.progress.no_reason'),
        }),
      );
      if (record.progressComputed != null) {
        sentences.push(
          translate('pejling.progress.override_computed', {
            ...counts,
            computed: formatPercent(record.progressComputed, locale),
          }),
        );
      }
      break;
    case 'milestones':
      sentences.push(translate('pejling.progress.milestones', counts));
      break;
    case 'no_milestones':
      sentences.push(translate('pejling.progress.no_milestones'));
      break;
  }

  return (
    <Typography variant="body2" component="div">
      {sentences.map((sentence) => (
        <p key={sentence} style={{ margin: '0 0 0.25em' }}>
          {sentence}
        </p>
      ))}
    </Typography>
  );
};
