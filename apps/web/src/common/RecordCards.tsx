import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { SimpleList, useTranslate, type RaRecord } from 'react-admin';

/**
 * A list's records as cards, where a table would make the page scroll sideways (phones
 * and upright tablets: `useSmallScreen`), after react-admin's own pattern of a
 * `SimpleList` there and a `DataTable` elsewhere. A card is one link to the record's page,
 * its name (`title`) over its other fields (`children`, fields of the record in context),
 * which wrap. Being a link itself, a card holds no links: reference fields in it take
 * `link={false}`.
 */
export const RecordCards = <RecordType extends RaRecord>({
  title,
  children,
}: {
  title: (record: RecordType) => ReactNode;
  children: ReactNode;
}) => (
  <SimpleList<RecordType>
    rowClick="show"
    primaryText={(record) => (
      <>
        <Typography component="span" sx={{ display: 'block', fontWeight: 500 }}>
          {title(record)}
        </Typography>
        <Box
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            columnGap: 2,
            rowGap: 0.5,
            mt: 0.5,
            typography: 'body2',
          }}
        >
          {children}
        </Box>
      </>
    )}
  />
);

/** A field on a card, after its name (`label`, an i18n key): "Frist: 30. jun. 2017". */
export const CardField = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'baseline', gap: 0.5 }}>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {translate(label)}:
      </Box>
      {children}
    </Box>
  );
};
