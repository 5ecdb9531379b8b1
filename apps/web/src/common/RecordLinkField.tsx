import type { MouseEvent, ReactNode } from 'react';
import {
  Link,
  TextField,
  useCreatePath,
  useRecordContext,
  useResourceContext,
  type FieldProps,
} from 'react-admin';

/**
 * The record's own name as a link to its page: `children` (a field showing the record's
 * date, say), or else the text in `source` (its title). In a table whose rows open the
 * record on a click, the way in for a keyboard, and a link a screen reader lists.
 */
export const RecordLinkField = ({ children, ...props }: FieldProps & { children?: ReactNode }) => {
  const record = useRecordContext(props);
  const resource = useResourceContext(props);
  const createPath = useCreatePath();
  if (!record || !resource) return null;
  return (
    <Link
      to={createPath({ resource, id: record.id, type: 'show' })}
      // The row would open the same page; once is enough.
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {children ?? <TextField {...props} />}
    </Link>
  );
};
