import EditNoteIcon from '@mui/icons-material/EditNote';
import { Alert, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { roundFiguresPath, type ReportingRoundRecord } from '@pejling/contracts';
import { Section } from '../common/Section';
import { useRoundFigures } from './useRoundQueries';
import { FiguresTable } from './FiguresTable';
import { figureCounts, outstandingFirst } from './roundFigures';

/**
 * Beside the completion board, for a round that asks for the targets' figures: how many
 * stand where, and each one, those that wait for their data owner first. Whoever speaks for
 * a data owner goes on from here to propose theirs.
 */
export const RoundFigures = () => {
  const round = useRecordContext<ReportingRoundRecord>();
  const translate = useTranslate();
  const asks = round?.figuresYear != null;
  const { data: rows = [], error, isPending } = useRoundFigures(round?.id, asks);
  if (!round || !asks) return null;
  const body = error ? (
    <Alert severity="error">{translate('pejling.roundFigures.failed')}</Alert>
  ) : isPending ? (
    <CircularProgress aria-label={translate('ra.page.loading')} />
  ) : (
    <Stack spacing={1.5}>
      <Typography variant="body1">
        {translate(rows.length ? 'pejling.roundFigures.counts' : 'pejling.roundFigures.none', {
          ...figureCounts(rows),
          year: round.figuresYear,
          smart_count: rows.length,
        })}
      </Typography>
      {rows.some((row) => row.yours) && (
        <div>
          <Button
            component={Link}
            to={roundFiguresPath(round.id)}
            variant="contained"
            startIcon={<EditNoteIcon />}
          >
            {translate('pejling.roundFigures.to_page')}
          </Button>
        </div>
      )}
      {rows.length > 0 && <FiguresTable rows={outstandingFirst(rows)} />}
    </Stack>
  );
  return <Section title="pejling.round.section.figures">{body}</Section>;
};
