import type { ReactNode } from 'react';
import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { CARD_FIELDS, CardField } from '../../common/RecordCards';
import { ScrollRegion } from '../../common/ScrollRegion';
import { useStackedOnScreen } from './useStackedOnScreen';

interface ReportTableProps {
  head: ReactNode[];
  rows: { key: string | number; cells: ReactNode[] }[];
  label: string;
  /** How many of a row's first cells name it (its heading when stacked): 1 unless said. */
  naming?: number;
}

/**
 * A table's rows one under another, on a phone's screen: each row's name (its first
 * `naming` cells) over its other cells, each after its column's head.
 */
const StackedRows = ({ head, rows, label, naming = 1 }: ReportTableProps) => (
  <Box component="ul" aria-label={label} sx={{ listStyle: 'none', m: 0, p: 0 }}>
    {rows.map((row) => (
      <Box
        component="li"
        key={row.key}
        sx={{ py: 1, borderBottom: 1, borderColor: 'divider', typography: 'body2' }}
      >
        <Box sx={{ fontWeight: 500 }}>
          {row.cells.slice(0, naming).map((cell, index) => (
            <Box component="span" key={index} sx={{ mr: 0.5 }}>
              {cell}
            </Box>
          ))}
        </Box>
        <Box sx={CARD_FIELDS}>
          {row.cells.slice(naming).map((cell, index) => (
            <CardField key={index} label={head[naming + index]}>
              {cell}
            </CardField>
          ))}
        </Box>
      </Box>
    ))}
  </Box>
);

/**
 * A plain table for the printed report: no sorting, no hover, no paging; a header that
 * repeats on each printed page. Where the screen is narrower than the table (a tablet
 * beside the menu), it scrolls in its own box; on a phone's screen, its rows stack.
 */
export const ReportTable = (props: ReportTableProps) => {
  const stacked = useStackedOnScreen();
  if (stacked) return <StackedRows {...props} />;
  const { head, rows, label } = props;
  return (
    <ScrollRegion label={label}>
      <Table
        size="small"
        aria-label={label}
        sx={{ '& th': { fontWeight: 600 }, breakInside: 'auto' }}
      >
        <TableHead sx={{ display: 'table-header-group' }}>
          <TableRow>
            {head.map((cell, index) => (
              <TableCell key={index}>{cell}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} sx={{ breakInside: 'avoid' }}>
              {row.cells.map((cell, index) => (
                <TableCell key={index}>{cell}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
};
