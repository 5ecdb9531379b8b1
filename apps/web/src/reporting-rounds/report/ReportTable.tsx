import type { ReactNode } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';

/**
 * A plain table for the printed report: no sorting, no hover, no paging; a header that
 * repeats on each printed page.
 */
export const ReportTable = ({
  head,
  rows,
  label,
}: {
  head: ReactNode[];
  rows: { key: string | number; cells: ReactNode[] }[];
  label: string;
}) => (
  <Table size="small" aria-label={label} sx={{ '& th': { fontWeight: 600 }, breakInside: 'auto' }}>
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
);
