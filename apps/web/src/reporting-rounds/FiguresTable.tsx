import type { ReactNode } from 'react';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RoundFigureRow, RoundFigureState, RoundReportFigure } from '@pejling/contracts';
import { StatusChip, type StatusLook } from '../common/StatusChip';
import { useIntlLocale } from '../common/useIntlLocale';
import { MEASUREMENT_LOOKS } from '../targets/MeasurementStateField';
import { figureStateKey } from './roundFigures';

const LOOKS: Record<RoundFigureState, StatusLook> = {
  ...MEASUREMENT_LOOKS,
  missing: { icon: <HourglassEmptyIcon />, colour: 'error.main' },
};

/** A figure's series, and its region where it has one. */
export const useFigureName = () => {
  const translate = useTranslate();
  return (row: Pick<RoundReportFigure, 'seriesLabel' | 'region'>): string =>
    row.region
      ? `${row.seriesLabel} · ${translate(`pejling.region.${row.region}`)}`
      : row.seriesLabel;
};

/** A figure as the report has it, and as the board has it (to those who read more of it). */
type Figure = RoundReportFigure & Partial<Pick<RoundFigureRow, 'returnReason'>>;

/**
 * The figures a round asks for, in a plain table: the target, the figure, its data owner,
 * where it stands (and why it was returned, to those who read that), its value; and, with
 * `action`, what the reader can do about each.
 */
export const FiguresTable = <T extends Figure>({
  rows,
  action,
}: {
  rows: T[];
  action?: (row: T) => ReactNode;
}) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const figureName = useFigureName();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const head = ['target', 'figure', 'data_owner', 'state', 'value', ...(action ? ['action'] : [])];
  return (
    <Table
      size="small"
      aria-label={translate('pejling.roundFigures.page_title')}
      sx={{ '& th': { fontWeight: 600 } }}
    >
      <TableHead sx={{ display: 'table-header-group' }}>
        <TableRow>
          {head.map((key) => (
            <TableCell key={key} align={key === 'value' ? 'right' : undefined}>
              {translate(`pejling.roundFigures.${key}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.targetId}-${row.seriesKey}-${row.region}`}>
            <TableCell>
              {row.targetNumber} {row.targetTitle}
            </TableCell>
            <TableCell>{figureName(row)}</TableCell>
            <TableCell>{row.dataOwnerOrganisationName}</TableCell>
            <TableCell>
              <Stack spacing={0.5}>
                <StatusChip look={LOOKS[row.state]} label={translate(figureStateKey(row.state))} />
                {row.returnReason ? (
                  <Typography variant="body2">
                    {translate('pejling.figures.return_reason', { reason: row.returnReason })}
                  </Typography>
                ) : null}
              </Stack>
            </TableCell>
            <TableCell align="right">
              {row.value == null ? '—' : `${number.format(row.value)} ${row.unit}`}
            </TableCell>
            {action ? <TableCell>{action(row)}</TableCell> : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
