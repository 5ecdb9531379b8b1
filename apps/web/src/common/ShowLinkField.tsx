import type { MouseEvent } from 'react';
import { Link, useCreatePath, useFieldValue, useRecordContext, type FieldProps } from 'react-admin';

/**
 * A name the record carries (`source`, e.g. `milestoneTitle`) as a link to the page of the
 * record it names (`reference` and the id in `idSource`), without fetching that record.
 */
export const ShowLinkField = ({
  reference,
  idSource,
  ...props
}: FieldProps & { source: string; reference: string; idSource: string }) => {
  const record = useRecordContext();
  const text = useFieldValue(props) as string | undefined;
  const createPath = useCreatePath();
  const id = record?.[idSource];
  if (id == null) return null;
  return (
    <Link
      to={createPath({ resource: reference, id, type: 'show' })}
      // A link in a clickable row leads where it says, not where the row does.
      onClick={(event: MouseEvent) => event.stopPropagation()}
    >
      {text}
    </Link>
  );
};
