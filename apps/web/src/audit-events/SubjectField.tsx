import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { AuditEventRecord } from '@pejling/contracts';
import { useIntlLocale } from '../common/useIntlLocale';
import { subjectOf } from './changes';
import { useResourceName } from './useResourceName';

/** What was changed: the kind of record and its name ("Milepæl: Første ansøgningsrunde"). */
export const SubjectField = (_props: FieldProps) => {
  const event = useRecordContext<AuditEventRecord>();
  const resourceName = useResourceName();
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (!event) return null;
  return (
    <Typography variant="body2" component="span">
      {resourceName(event.resource)}: {subjectOf(event, translate, locale)}
    </Typography>
  );
};
