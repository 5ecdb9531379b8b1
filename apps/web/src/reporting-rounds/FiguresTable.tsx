import type { ReactNode } from 'react';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import {
  List,
  ListItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RoundFigureRow, RoundFigureState, RoundReportFigure } from '@pejling/contracts';
import { CardField } from '../common/RecordCards';
import { ScrollRegion } from '../common/ScrollRegion';
import { StatusChip, type StatusLook } from '../common/StatusChip';
import { useIntlLocale } from '../common/useIntlLocale';
import { MEASUREMENT_LOOKS } from '../targets/MeasurementStateField';
import { useStackedOnScreen } from './report/useStackedOnScreen';
import { figureStateKey } from './roundFigures';
import { numberFormat } from '../common/format';

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

/** Where a figure stands, and why it was returned, to those who read that. */
const FigureState = ({ row }: { row: Figure }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <StatusChip look={LOOKS[row.state]} label={translate(figureStateKey(row.state))} />
      {row.returnReason ? (
        <Typography variant="body2">
          {translate('pejling.figures.return_reason', { reason: row.returnReason })}
        </Typography>
      ) : null}
    </Stack>
  );
};

/**
 * The figures a round asks for, in a plain table: the target, the figure, its data owner,
 * where it stands (and why it was returned, to those who read that), its value; and, with
 * `action`, what the reader can do about each. On a phone or an upright tablet, the
 * figures one under another instead, each with the same facts.
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
  const small = useStackedOnScreen();
  const number = numberFormat(locale, { maximumFractionDigits: 2 });
  const key = (row: T) => `${row.targetId}-${row.seriesKey}-${row.region}`;
  const target = (row: T) => `${row.targetNumber} ${row.targetTitle}`;
  const value = (row: T) => (row.value == null ? '—' : `${number.format(row.value)} ${row.unit}`);
  const label = (column: string) => `pejling.roundFigures.${column}`;
  if (small) {
    return (
      <List dense disablePadding aria-label={translate('pejling.roundFigures.page_title')}>
        {rows.map((row) => (
          <ListItem key={key(row)} divider disableGutters sx={{ display: 'block' }}>
            <Typography sx={{ fontWeight: 500 }}>{target(row)}</Typography>
            <Stack
              direction="row"
              useFlexGap
              sx={{ flexWrap: 'wrap', alignItems: 'center', columnGap: 2, rowGap: 0.5, mt: 0.5 }}
              typography="body2"
            >
              <CardField label={label('figure')}>{figureName(row)}</CardField>
              <CardField label={label('data_owner')}>{row.dataOwnerOrganisationName}</CardField>
              <CardField label={label('value')}>{value(row)}</CardField>
              <FigureState row={row} />
              {action?.(row)}
            </Stack>
          </ListItem>
        ))}
      </List>
    );
  }
  const head = ['target', 'figure', 'data_owner', 'state', 'value', ...(action ? ['action'] : [])];
  return (
    <ScrollRegion label={translate('pejling.roundFigures.table')}>
      <Table
        size="small"
        aria-label={translate('pejling.roundFigures.page_title')}
        sx={{ '& th': { fontWeight: 600 } }}
      >
        <TableHead sx={{ display: 'table-header-group' }}>
          <TableRow>
            {head.map((column) => (
              <TableCell key={column} align={column === 'value' ? 'right' : undefined}>
                {translate(label(column))}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={key(row)}>
              <TableCell>{target(row)}</TableCell>
              <TableCell>{figureName(row)}</TableCell>
              <TableCell>{row.dataOwnerOrganisationName}</TableCell>
              <TableCell>
                <FigureState row={row} />
              </TableCell>
              <TableCell align="right">{value(row)}</TableCell>
              {action ? <TableCell>{action(row)}</TableCell> : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
};
