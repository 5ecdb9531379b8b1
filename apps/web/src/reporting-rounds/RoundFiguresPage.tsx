import { useMemo, useState } from 'react';
import EditNoteIcon from '@mui/icons-material/EditNote';
import {
  Alert,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Stack,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  Title,
  useCanAccess,
  useGetMany,
  useGetOne,
  useParams,
  useRequireAccess,
  useTranslate,
} from 'react-admin';
import type {
  MeasurementRecord,
  ReportingRoundRecord,
  RoundFigureRow,
  TargetRecord,
} from '@pejling/contracts';
import { formatDay } from '../common/format';
import { useIntlLocale } from '../common/useIntlLocale';
import { MY_WORK } from '../api/queries';
import { MeasurementDialog } from '../targets/MeasurementDialog';
import { FiguresTable, useFigureName } from './FiguresTable';
import { outstandingFirst } from './roundFigures';
import { RoundPageHeading } from './RoundPageHeading';
import { useRoundFigures } from './useRoundQueries';

/**
 * Where a data owner answers a round's call for the targets' figures
 * (`/reporting-rounds/:id/figures`, where the round's e-mails and My work lead): the figures
 * asked of them, those still to do first, each proposed (or corrected until it is approved)
 * with the target's own figure dialog. The secretariat sees them all, and enters approved
 * figures the same way.
 */
export const RoundFiguresPage = () => {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  const figureName = useFigureName();
  const queryClient = useQueryClient();
  const { isPending: checkingAccess } = useRequireAccess({
    resource: 'reporting-rounds',
    action: 'show',
  });
  const { canAccess: approves } = useCanAccess({ resource: 'measurements', action: 'approve' });
  const ready = !checkingAccess;
  const round = useGetOne<ReportingRoundRecord>(
    'reporting-rounds',
    { id: Number(id) },
    { enabled: ready },
  );
  const figures = useRoundFigures(id, ready);
  const rows = outstandingFirst((figures.data ?? []).filter((row) => row.yours || approves));
  const targetIds = [...new Set(rows.map((row) => row.targetId))];
  const measurementIds = rows.flatMap((row) =>
    row.measurementId === null ? [] : [row.measurementId],
  );
  const targets = useGetMany<TargetRecord>(
    'targets',
    { ids: targetIds },
    { enabled: targetIds.length > 0 },
  );
  const measurements = useGetMany<MeasurementRecord>(
    'measurements',
    { ids: measurementIds },
    { enabled: measurementIds.length > 0 },
  );
  const [editing, setEditing] = useState<RoundFigureRow>();
  const year = round.data?.figuresYear ?? null;
  // The figure the round asks for, where a new one starts: kept while the dialog is open.
  const preset = useMemo(
    () =>
      editing && year !== null
        ? { seriesKey: editing.seriesKey, year, region: editing.region }
        : undefined,
    [editing, year],
  );

  const title = <Title title="pejling.roundFigures.page_title" />;
  const error = [round, figures].find((query) => query.error)?.error;
  if (checkingAccess) return null;
  if (error || !round.data || !figures.data) {
    return (
      <Card sx={{ mt: 2 }}>
        {title}
        <CardContent>
          {error ? (
            <Alert severity="error">{translate('pejling.roundFigures.failed')}</Alert>
          ) : (
            <CircularProgress aria-label={translate('ra.page.loading')} />
          )}
        </CardContent>
      </Card>
    );
  }

  const theRound = round.data;
  const targetOf = (row: RoundFigureRow) => targets.data?.find((t) => t.id === row.targetId);
  const measurementOf = (row: RoundFigureRow) =>
    measurements.data?.find((m) => m.id === row.measurementId);
  const close = (saved: boolean) => {
    setEditing(undefined);
    if (!saved) return;
    void figures.refetch();
    void queryClient.invalidateQueries({ queryKey: MY_WORK });
  };
  // A missing figure is proposed; one not yet approved is corrected; an approved one is final.
  const action = (row: RoundFigureRow) => {
    if (row.state === 'approved' || !targetOf(row)) return null;
    const correcting = row.measurementId !== null;
    if (correcting && !measurementOf(row)) return null;
    const label = correcting ? 'correct' : 'propose';
    return (
      <Button
        size="small"
        variant={correcting ? 'text' : 'outlined'}
        startIcon={<EditNoteIcon />}
        aria-label={translate(`pejling.roundFigures.${label}_label`, { figure: figureName(row) })}
        onClick={() => setEditing(row)}
      >
        {translate(`pejling.roundFigures.${label}`)}
      </Button>
    );
  };
  const editedTarget = editing && targetOf(editing);

  return (
    <Card sx={{ mt: 2, maxWidth: 1200 }}>
      {title}
      <CardContent>
        <Stack spacing={3}>
          <Stack spacing={1}>
            <RoundPageHeading round={theRound}>
              {translate('pejling.roundFigures.title_year', { year: year ?? '' })}
            </RoundPageHeading>
            <Typography variant="body2" color="text.secondary">
              {translate('pejling.roundFigures.intro', {
                year: year ?? '',
                due: formatDay(theRound.dueDate, locale, 'long'),
              })}
            </Typography>
          </Stack>
          {rows.length ? (
            <FiguresTable rows={rows} action={action} />
          ) : (
            <Typography variant="body1">{translate('pejling.roundFigures.none_yours')}</Typography>
          )}
        </Stack>
      </CardContent>
      {editing && editedTarget ? (
        <MeasurementDialog
          target={editedTarget}
          measurement={measurementOf(editing)}
          preset={preset}
          open
          onClose={close}
        />
      ) : null}
    </Card>
  );
};
