import { Box } from '@mui/material';

/**
 * Off the screen, still read: the usual clip of a visually hidden element. Sizes in px as
 * strings: in `sx` a bare 1 means 100 %.
 */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

export interface ChartTableRow {
  /** What the row is about (a year, a region): its header cell. */
  readonly header: string;
  /** One cell per column after the first, already formatted; '—' where there is none. */
  readonly cells: readonly string[];
}

/**
 * A chart's figures as a table: its text alternative, read by screen readers in place of
 * the drawing (which is hidden from them) and kept off the screen, where the chart shows the
 * same. `columns` are the header row's labels, the rows' headers' column first.
 */
export const ChartTable = ({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly ChartTableRow[];
}) => (
  // The clip is on a box around the table: a table's own width grows with its cells.
  <Box sx={visuallyHidden}>
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ header, cells }) => (
          <tr key={header}>
            <th scope="row">{header}</th>
            {cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </Box>
);
