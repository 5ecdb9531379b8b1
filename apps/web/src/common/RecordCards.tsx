import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { SimpleList, useTranslate, type RaRecord } from 'react-admin';

/** The fields under a card's name: side by side while they fit, wrapping when they do not. */
export const CARD_FIELDS = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  columnGap: 2,
  rowGap: 0.5,
  mt: 0.5,
  typography: 'body2',
} as const;

/**
 * A list's records as cards, where a table would make the page scroll sideways (phones
 * and upright tablets: `useSmallScreen`), after react-admin's own pattern of a
 * `SimpleList` there and a `DataTable` elsewhere: the record's name (`title`, or a function
 * of the record) over its other fields (`children`, fields of the record in context), which
 * wrap. A card is one link to the record's page, so it holds no links (reference fields in
 * it take `link={false}`); with `linked={false}` it is not, for records whose cards hold
 * links or buttons of their own. `empty`: what shows when there are none (by default
 * react-admin's "no results").
 */
export const RecordCards = <RecordType extends RaRecord>({
  title,
  children,
  linked = true,
  empty,
}: {
  title: ReactNode | ((record: RecordType) => ReactNode);
  children: ReactNode;
  linked?: boolean;
  empty?: ReactNode;
}) => (
  <SimpleList<RecordType>
    rowClick={linked ? 'show' : false}
    empty={empty}
    primaryText={(record) => (
      <>
        <Typography component="span" sx={{ display: 'block', fontWeight: 500 }}>
          {typeof title === 'function' ? title(record) : title}
        </Typography>
        <Box component="span" sx={CARD_FIELDS}>
          {children}
        </Box>
      </>
    )}
  />
);

/**
 * A field on a card, after its name (`label`: an i18n key, a text, or a node such as a
 * chip): "Frist: 30. jun. 2017".
 */
export const CardField = ({ label, children }: { label: ReactNode; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'baseline', gap: 0.5 }}>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {typeof label === 'string' ? translate(label, { _: label }) : label}:
      </Box>
      {children}
    </Box>
  );
};
