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
import { Title, useGetList, useGetOne, useParams, useRequireAccess } from 'react-admin';
import type {
  InitiativeRecord,
  MilestoneRecord,
  ReportingRoundRecord,
  StatusReportRecord,
} from '@pejling/contracts';
import { canAccessAs } from '../../auth/canAccess';
import { useMe } from '../../auth/useMe';
import { formatDay, formatInstant } from '../../common/format';
import { TOUCH_TARGET } from '../../common/touchTarget';
import { useIntlLocale } from '../../common/useIntlLocale';
import { useAppInfo } from '../../common/useAppInfo';
import { usePageTranslate } from '../../i18n/pageMessages';
import { RoundPageHeading } from '../RoundPageHeading';
import { ownerReportMessages } from './messages';
import { NextRequest } from './NextRequest';
import { OwnerReportForm } from './OwnerReportForm';
import { openMilestonesOf } from './reportValues';
import { SubmittedReport } from './SubmittedReport';

/** The latest submitted report: the one no other submitted report corrects. */
const latestOf = (reports: StatusReportRecord[]): StatusReportRecord | undefined => {
  const corrected = new Set(reports.map((report) => report.supersedesId));
  return [...reports].sort((a, b) => b.id - a.id).find((report) => !corrected.has(report.id));
};

/**
 * Where an owner answers a round for one initiative, in one click from the round's e-mail
 * (`/reporting-rounds/:roundId/report/:initiativeId`, the path the server's sign-in links
 * lead to). It opens the person's draft if there is one; a submitted report is shown as
 * it is, with the way to write a correction; a round that is not open says so.
 */
export const OwnerReportPage = () => {
  const { roundId = '', initiativeId = '' } = useParams<{
    roundId: string;
    initiativeId: string;
  }>();
  // A page of its own per request: going on to the next one starts afresh.
  return (
    <OwnerReport key={`${roundId}/${initiativeId}`} roundId={roundId} initiativeId={initiativeId} />
  );
};

const OwnerReport = ({ roundId, initiativeId }: { roundId: string; initiativeId: string }) => {
  const translate = usePageTranslate(ownerReportMessages);
  const locale = useIntlLocale();
  const me = useMe();
  const info = useAppInfo();
  const { isPending: checkingAccess } = useRequireAccess({
    resource: 'reporting-rounds',
    action: 'show',
  });
  const ready = !checkingAccess && me != null;
  const filter = { roundId: Number(roundId), initiativeId: Number(initiativeId) };

  const round = useGetOne<ReportingRoundRecord>(
    'reporting-rounds',
    { id: Number(roundId) },
    { enabled: ready },
  );
  const initiative = useGetOne<InitiativeRecord>(
    'initiatives',
    { id: Number(initiativeId) },
    { enabled: ready },
  );
  const milestones = useGetList<MilestoneRecord>(
    'milestones',
    {
      filter: { initiativeId: Number(initiativeId) },
      sort: { field: 'dueDate', order: 'ASC' },
      pagination: { page: 1, perPage: 500 },
    },
    { enabled: ready },
  );
  const drafts = useGetList<StatusReportRecord>(
    'status-reports',
    {
      filter: { ...filter, state: 'draft', authorPersonId: me?.person.id },
      sort: { field: 'id', order: 'DESC' },
      pagination: { page: 1, perPage: 1 },
    },
    { enabled: ready },
  );
  const submitted = useGetList<StatusReportRecord>(
    'status-reports',
    {
      filter: { ...filter, state: 'submitted' },
      sort: { field: 'id', order: 'DESC' },
      pagination: { page: 1, perPage: 100 },
    },
    { enabled: ready },
  );

  // Set when the person submits here, so the page shows it before the lists catch up.
  const [justSubmitted, setJustSubmitted] = useState<StatusReportRecord>();
  const [correcting, setCorrecting] = useState(false);
  const current = useMemo(
    () => new Map((milestones.data ?? []).map((milestone) => [milestone.id, milestone])),
    [milestones.data],
  );

  if (checkingAccess) return null;
  const queries = [round, initiative, milestones, drafts, submitted];
  const error = queries.find((query) => query.error)?.error;
  const title = <Title title={translate('pejling.ownerReport.title')} />;
  if (error) {
    return (
      <Card sx={{ mt: 2 }}>
        {title}
        <CardContent>
          <Alert severity="error">
            {error instanceof Error ? translate(error.message, { _: error.message }) : ''}
          </Alert>
        </CardContent>
      </Card>
    );
  }
  if (!me || queries.some((query) => query.isPending) || !round.data || !initiative.data) {
    return (
      <Card sx={{ mt: 2 }}>
        {title}
        <CardContent>
          <CircularProgress aria-label={translate('ra.page.loading')} />
        </CardContent>
      </Card>
    );
  }

  const theRound = round.data;
  const theInitiative = initiative.data;
  const draft = justSubmitted ? undefined : drafts.data?.[0];
  const latest = justSubmitted ?? latestOf(submitted.data ?? []);
  const inScope = theRound.initiativeIds.includes(theInitiative.id);
  const mayWrite = canAccessAs(me, 'status-reports', 'create', { initiativeId: theInitiative.id });
  const writable = theRound.state === 'open' && inScope && mayWrite;
  const showForm = writable && (draft != null || latest == null || correcting);
  const all = milestones.data ?? [];
  const open = openMilestonesOf(all);

  const notice = !inScope
    ? { severity: 'warning' as const, text: translate('pejling.ownerReport.not_in_scope') }
    : theRound.state === 'draft'
      ? { severity: 'info' as const, text: translate('pejling.ownerReport.not_open') }
      : theRound.state === 'closed'
        ? {
            severity: 'info' as const,
            text: translate('pejling.ownerReport.closed', {
              closed: theRound.closedAt ? formatInstant(theRound.closedAt, locale) : '',
            }),
          }
        : !mayWrite
          ? { severity: 'info' as const, text: translate('pejling.ownerReport.not_yours') }
          : undefined;

  return (
    <Card sx={{ mt: 2, maxWidth: 1000 }}>
      {title}
      <CardContent>
        <Stack spacing={3}>
          <Stack spacing={1}>
            <RoundPageHeading round={theRound}>
              {theInitiative.code} {theInitiative.title}
            </RoundPageHeading>
            <Typography variant="body2" color="text.secondary">
              {translate(showForm ? 'pejling.ownerReport.intro' : 'pejling.ownerReport.dates', {
                due: formatDay(theRound.dueDate, locale, 'long'),
                meeting: formatDay(theRound.meetingDate, locale, 'long'),
              })}
            </Typography>
          </Stack>
          {notice && <Alert severity={notice.severity}>{notice.text}</Alert>}
          {justSubmitted && (
            <Alert severity="success">{translate('pejling.ownerReport.thanks')}</Alert>
          )}
          {justSubmitted && (
            <NextRequest answered={{ roundId: theRound.id, initiativeId: theInitiative.id }} />
          )}
          {showForm ? (
            <OwnerReportForm
              key={correcting ? `correcting-${latest?.id}` : 'report'}
              round={theRound}
              initiative={theInitiative}
              milestones={open}
              closedCount={all.length - open.length}
              current={current}
              reloadMilestones={milestones.refetch}
              draft={draft}
              corrects={correcting ? latest : undefined}
              today={info?.today}
              onSubmitted={(report) => {
                setJustSubmitted(report);
                setCorrecting(false);
              }}
            />
          ) : latest ? (
            <SubmittedReport
              report={latest}
              actions={
                writable && (
                  <div>
                    <Button
                      variant="outlined"
                      startIcon={<EditNoteIcon />}
                      onClick={() => setCorrecting(true)}
                      sx={TOUCH_TARGET}
                    >
                      {translate('pejling.ownerReport.correct')}
                    </Button>
                  </div>
                )
              }
            />
          ) : (
            theRound.state !== 'open' && (
              <Typography variant="body2">{translate('pejling.ownerReport.none')}</Typography>
            )
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
