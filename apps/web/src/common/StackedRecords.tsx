import type { ReactNode } from 'react';
import { Box } from '@mui/material';
import { SimpleList, type RaRecord } from 'react-admin';

/**
 * A list's records one under another, where a table would make the page scroll sideways
 * (`useSmallScreen`) and a record holds links or buttons of its own, so that it cannot be
 * one link as in `RecordCards`: its heading (`title`, which may be a link) over its other
 * fields (`children`, fields of the record in context), which wrap. `empty`: what shows
 * when there are none (by default react-admin's "no results").
 */
export const StackedRecords = <RecordType extends RaRecord>({
  title,
  children,
  empty,
}: {
  title: ReactNode;
  children: ReactNode;
  empty?: ReactNode;
}) => (
  <SimpleList<RecordType>
    rowClick={false}
    empty={empty}
    primaryText={
      <>
        <Box component="span" sx={{ display: 'block', fontWeight: 500 }}>
          {title}
        </Box>
        <Box
          component="span"
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
    }
  />
);
