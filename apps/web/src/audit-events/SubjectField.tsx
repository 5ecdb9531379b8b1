import { Typography } from '@mui/material';
import { useRecordContext, type FieldProps } from 'react-admin';
import type { AuditEventRecord } from '@pejling/contracts';
import { useResourceName } from './useResourceName';

/** How a changed record is named: by its code, title or name as it was, else its id. */
const nameOf = (event: AuditEventRecord): string => {
  const values = event.after ?? event.before ?? {};
  const code = typeof values['code'] === 'string' ? `${values['code']} ` : '';
  const title = values['title'] ?? values['name'];
  return typeof title === 'string' ? `${code}${title}` : `#${event.recordId}`;
};

/** What was changed: the kind of record and its name ("Milepæl: Første ansøgningsrunde"). */
export const SubjectField = (_props: FieldProps) => {
  const event = useRecordContext<AuditEventRecord>();
  const resourceName = useResourceName();
  if (!event) return null;
  return (
    <Typography variant="body2" component="span">
      {resourceName(event.resource)}: {nameOf(event)}
    </Typography>
  );
};
