import type { ReactElement } from 'react';
import { Typography } from '@mui/material';
import { Pagination, ReferenceManyField, useTranslate } from 'react-admin';

/**
 * An initiative's records of one resource (its history, its reports), the latest first by
 * `sortField`, ten to a page, or the sentence `empty` (an i18n key) when there are none.
 */
export const InitiativeRecords = ({
  reference,
  sortField,
  empty,
  children,
}: {
  reference: string;
  sortField: string;
  empty: string;
  children: ReactElement;
}) => {
  const translate = useTranslate();
  return (
    <ReferenceManyField
      reference={reference}
      target="initiativeId"
      sort={{ field: sortField, order: 'DESC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      empty={<Typography variant="body2">{translate(empty)}</Typography>}
    >
      {children}
    </ReferenceManyField>
  );
};
