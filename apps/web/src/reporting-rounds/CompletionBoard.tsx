import { useState, type MouseEvent, type ReactNode } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { Alert, Button, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import {
  DataTable,
  Link,
  ListContextProvider,
  TextField,
  useCreatePath,
  useList,
  useRecordContext,
  type FieldProps,
} from 'react-admin';
import type { ReportingRoundRecord, RoundCompletion, RoundCompletionRow } from '@pejling/contracts';
import { ROUND_COMPLETIONS } from '@pejling/contracts';
import { canAccessAs } from '../auth/canAccess';
import { useMe } from '../auth/useMe';
import { TABLE_SCROLLS_ALONE } from '../common/dataTableLooks';
import { InstantField } from '../common/InstantField';
import { ownerReportPath } from '../common/paths';
import { CardField, RecordCards } from '../common/RecordCards';
import { useSmallScreen } from '../common/useSmallScreen';
import { usePageTranslate } from '../i18n/pageMessages';
import { CompletionField } from './CompletionField';
import { roundMessages } from './messages';
import { useRoundCompletion } from './useRoundQueries';

type Row = RoundCompletionRow & { id: number };

const stop = (event: MouseEvent) => event.stopPropagation();

/** The initiative's title, to its page. */
const InitiativeTitleField = (_props: FieldProps) => {
  const row = useRecordContext<Row>();
  const createPath = useCreatePath();
  if (!row) return null;
  return (
    <Link
      to={createPath({ resource: 'initiatives', id: row.initiativeId, type: 'show' })}
      onClick={stop}
    >
      {row.initiativeTitle}
    </Link>
  );
};

/** Who wrote the report, and when; nothing while there is none. */
const AuthorField = () => {
  const row = useRecordContext<Row>();
  const translate = usePageTranslate(roundMessages);
  if (!row?.authorName) return null;
  return (
    <CardField label={translate('pejling.board.author')}>
      {row.authorName}, <InstantField source="at" />
    </CardField>
  );
};

const ResponsibleField = (_props: FieldProps) => {
  const row = useRecordContext<Row>();
  return row ? <span>{row.responsible.map((person) => person.name).join(', ')}</span> : null;
};

/**
 * Where to go from a row: an owner of the initiative, while the round is open, writes (or
 * goes on with, or corrects) the report on the report form; anyone else reads the report
 * there is. (The secretariat may write one too, from the report's page or the form's
 * address; on the board it follows up.)
 */
const ReportLinkField = ({ round }: { round: ReportingRoundRecord }) => {
  const row = useRecordContext<Row>();
  const me = useMe();
  const translate = usePageTranslate(roundMessages);
  const createPath = useCreatePath();
  if (!row) return null;
  const mayWrite =
    round.state === 'open' &&
    me != null &&
    me.initiativeIds.includes(row.initiativeId) &&
    canAccessAs(me, 'status-reports', 'create', { initiativeId: row.initiativeId });
  if (mayWrite) {
    return (
      <Button
        component={Link}
        to={ownerReportPath(round.id, row.initiativeId)}
        size="small"
        startIcon={<EditIcon />}
        onClick={stop}
      >
        {translate(`pejling.board.write.${row.completion}`)}
      </Button>
    );
  }
  if (row.reportId == null) return null;
  return (
    <Button
      component={Link}
      to={createPath({ resource: 'status-reports', id: row.reportId, type: 'show' })}
      size="small"
      startIcon={<VisibilityIcon />}
      onClick={stop}
    >
      {translate('pejling.board.read')}
    </Button>
  );
};

/**
 * The board on a phone or an upright tablet: an initiative's code and title (to its page)
 * over where its report stands, by whom and when, whom the round asks, and the way to the
 * report.
 */
const BoardCards = ({ round, empty }: { round: ReportingRoundRecord; empty: ReactNode }) => {
  const translate = usePageTranslate(roundMessages);
  return (
    <RecordCards<Row>
      linked={false}
      empty={empty}
      title={
        <>
          <TextField source="initiativeCode" /> <InitiativeTitleField source="initiativeTitle" />
        </>
      }
    >
      <CompletionField source="completion" />
      <AuthorField />
      <CardField label={translate('pejling.board.responsible')}>
        <ResponsibleField source="responsible" />
      </CardField>
      <ReportLinkField round={round} />
    </RecordCards>
  );
};

/**
 * The completion board: per initiative in the round's scope, whether its report is
 * submitted, only drafted or missing, by whom and when, and whom the round asks. A filter
 * by completion finds those still missing.
 */
export const CompletionBoard = () => {
  const round = useRecordContext<ReportingRoundRecord>();
  const translate = usePageTranslate(roundMessages);
  const small = useSmallScreen();
  const [shown, setShown] = useState<RoundCompletion | 'all'>('all');
  const { data: rows = [], error, isPending } = useRoundCompletion(round?.id);
  const list = useList<Row>({
    data: rows.map((row) => ({ ...row, id: row.initiativeId })),
    filter: shown === 'all' ? {} : { completion: shown },
    sort: { field: 'initiativeCode', order: 'ASC' },
    perPage: 1000,
    isPending,
  });
  if (!round) return null;
  if (error) {
    return <Alert severity="error">{translate('pejling.board.failed')}</Alert>;
  }
  const empty = <Typography variant="body2">{translate('pejling.board.empty')}</Typography>;
  const count = (completion: RoundCompletion) =>
    rows.filter((row) => row.completion === completion).length;

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" id="completion-filter">
          {translate('pejling.board.show')}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={shown}
          onChange={(_event, value: RoundCompletion | 'all' | null) => value && setShown(value)}
          aria-labelledby="completion-filter"
        >
          <ToggleButton value="all">
            {translate('pejling.board.all', { count: rows.length })}
          </ToggleButton>
          {ROUND_COMPLETIONS.map((completion) => (
            <ToggleButton key={completion} value={completion}>
              {translate(`pejling.board.count.${completion}`, { count: count(completion) })}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
      <ListContextProvider value={list}>
        {small ? (
          <BoardCards round={round} empty={empty} />
        ) : (
          <DataTable<Row>
            rowClick={false}
            bulkActionButtons={false}
            sx={TABLE_SCROLLS_ALONE}
            empty={empty}
          >
            <DataTable.Col source="initiativeCode" label={translate('pejling.board.code')} />
            <DataTable.Col
              source="initiativeTitle"
              label={translate('pejling.board.initiative')}
              field={InitiativeTitleField}
            />
            <DataTable.Col
              source="completion"
              label={translate('pejling.board.completion')}
              field={CompletionField}
            />
            <DataTable.Col source="authorName" label={translate('pejling.board.author')} />
            <DataTable.Col source="at" label={translate('pejling.board.at')} field={InstantField} />
            <DataTable.Col
              source="responsible"
              label={translate('pejling.board.responsible')}
              field={ResponsibleField}
              disableSort
            />
            <DataTable.Col label={translate('pejling.board.report')} disableSort>
              <ReportLinkField round={round} />
            </DataTable.Col>
          </DataTable>
        )}
      </ListContextProvider>
    </Stack>
  );
};
