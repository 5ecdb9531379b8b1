import type { MouseEvent } from 'react';
import { Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { AuditEventRecord } from '@pejling/contracts';
import { useIntlLocale } from '../common/useIntlLocale';
import { subjectOf } from './changes';
import { useEventPath } from './useEventPath';
import { useResourceName } from './useResourceName';

/**
 * What was changed: the kind of record and its name ("Milepæl: Første ansøgningsrunde"),
 * a link to the record where it still has a page (the way there for a keyboard, too).
 */
export const SubjectField = (_props: FieldProps) => {
  const event = useRecordContext<AuditEventRecord>();
  const resourceName = useResourceName();
  const eventPath = useEventPath();
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (!event) return null;
  const subject = `${resourceName(event.resource)}: ${subjectOf(event, translate, locale)}`;
  const path = eventPath(event);
  return path ? (
    <Link
      to={path}
      variant="body2"
      // The row leads to the same page; one navigation is enough.
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {subject}
    </Link>
  ) : (
    <Typography variant="body2" component="span">
      {subject}
    </Typography>
  );
};
