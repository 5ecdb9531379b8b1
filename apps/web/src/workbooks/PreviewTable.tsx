import { useId, type ReactNode } from 'react';
import {
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { SCROLLS_ALONE } from '../common/scrollsAlone';

/**
 * A table of the import page under its caption, a header cell per column, `children` its
 * rows. On a phone it scrolls sideways in its own box, which the keyboard can scroll too
 * (the box takes focus, named by the caption).
 */
export const PreviewTable = ({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: string[];
  children: ReactNode;
}) => {
  const captionId = useId();
  return (
    <TableContainer
      component={Paper}
      variant="outlined"
      sx={SCROLLS_ALONE}
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <Table
        size="small"
        sx={{ '& caption': { captionSide: 'top', color: 'text.primary', fontWeight: 'bold' } }}
      >
        <caption id={captionId}>{caption}</caption>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column} component="th" scope="col">
                {column}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>{children}</TableBody>
      </Table>
    </TableContainer>
  );
};
