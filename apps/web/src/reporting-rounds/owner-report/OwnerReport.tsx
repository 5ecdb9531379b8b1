import { useMemo, useState } from 'react';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import type { StatusReportRecord } from '@pejling/contracts';
import { canAccessAs } from '../../auth/canAccess';
import { useMe } from '../../auth/useMe';
import { formatDay, formatInstant } from '../../common/format';
import { TOUCH_TARGET } from '../../common/touchTarget';
import { useAppInfo } from '../../common/useAppInfo';
import { useIntlLocale } from '../../common/useIntlLocale';
import { usePageTranslate } from '../../i18n/pageMessages';
import { PageLoading } from '../../shell/PageLoading';
import { RoundPageHeading } from '../RoundPageHeading';
import { ownerReportMessages } from './messages';
import { NextRequest } from './NextRequest';
import { OwnerReportForm } from './OwnerReportForm';
import { openMilestonesOf } from './reportValues';
import { SubmittedReport } from './SubmittedReport';
import { useOwnerReportData } from './useOwnerReportData';

/** The latest submitted report: the one no other submitted report corrects. */
const latestOf = (reports: StatusReportRecord[]): StatusReportRecord | undefined => {
  const corrected = new Set(reports.map((report) => report.supersedesId));
  return [...reports].sort((a, b) => b.id - a.id).find((report) => !corrected.has(report.id));
};

/**
 * Where an owner answers a round for one initiative, in one click from the round's e-mail
 * (`/reporting-rounds/:roundId/report/:initiativeId`, the path the server's sign-in links
 * lead to), in the app or in the owner's frame. It opens the person's draft if there is
 * one; a submitted report is shown as it is, with the way to write a correction; a round
 * that is not open says so.
 */
export const OwnerReport = ({
  roundId,
  initiativeId,
}: {
  roundId: number;
  initiativeId: number;
}) => (
  // A page of its own per request: going on to the next one starts afresh.
  <OwnerReportBody
    key={`${roundId}/${initiativeId}`}
    roundId={roundId}
    initiativeId={initiativeId}
  />
);

const OwnerReportBody = ({ roundId, initiativeId }: { roundId: number; initiativeId: number }) => {
  const translate = usePageTranslate(ownerReportMessages);
  const locale = useIntlLocale();
  const me = useMe();
  const info = useAppInfo();
  const { read, reloadMilestones } = useOwnerReportData(roundId, initiativeId, me?.person.id);

  // Set when the person submits here, so the page shows it before the lists catch up.
  const [justSubmitted, setJustSubmitted] = useState<StatusReportRecord>();
  const [correcting, setCorrecting] = useState(false);
  const current = useMemo(
    () => new Map((read.data?.milestones ?? []).map((milestone) => [milestone.id, milestone])),
    [read.data],
  );

  if (read.error) {
    return (
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Alert severity="error">
            {read.error instanceof Error ? read.error.message : String(read.error)}
          </Alert>
        </CardContent>
      </Card>
    );
  }
  if (!me || !read.data) return <PageLoading />;

  const { round: theRound, initiative: theInitiative, submitted } = read.data;
  const draft = justSubmitted ? undefined : read.data.draft;
  const latest = justSubmitted ?? latestOf(submitted);
  const inScope = theRound.initiativeIds.includes(theInitiative.id);
  const mayWrite = canAccessAs(me, 'status-reports', 'create', { initiativeId: theInitiative.id });
  const writable = theRound.state === 'open' && inScope && mayWrite;
  const showForm = writable && (draft != null || latest == null || correcting);
  const all = read.data.milestones;
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
              reloadMilestones={reloadMilestones}
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
              submitted={submitted}
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
