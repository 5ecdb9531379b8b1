import type { ReactNode } from 'react';
import ArticleIcon from '@mui/icons-material/Article';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { Alert, Button, Grid, Stack, Typography } from '@mui/material';
import {
  Link,
  RecordField,
  ReferenceField,
  Show,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ReportingRoundRecord } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { DayField } from '../common/DayField';
import { formatDay, formatInstant } from '../common/format';
import { InstantField } from '../common/InstantField';
import { roundReportPath } from '../common/paths';
import { Section } from '../common/Section';
import { useIntlLocale } from '../common/useIntlLocale';
import { CompletionBoard } from './CompletionBoard';
import { RoundActions } from './RoundActions';
import { RoundFigures } from './RoundFigures';
import { RoundOutcomes } from './RoundOutcomes';
import { RoundReports } from './RoundReports';
import { RoundStateField } from './RoundStateField';

const empty = '—';
const Cell = ({ children }: { children: ReactNode }) => (
  <Grid size={{ xs: 12, sm: 6, md: 3 }}>{children}</Grid>
);

/** What the round's state means for whoever looks at it, and what comes next. */
const StateExplanation = () => {
  const round = useRecordContext<ReportingRoundRecord>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (!round) return null;
  const args = {
    due: formatDay(round.dueDate, locale, 'long'),
    closed: round.closedAt ? formatInstant(round.closedAt, locale) : '',
    smart_count: round.initiativeIds.length,
  };
  const severity =
    round.state === 'open' ? 'info' : round.state === 'closed' ? 'success' : 'warning';
  return (
    <Alert severity={severity}>{translate(`pejling.round.explain.${round.state}`, args)}</Alert>
  );
};

/** How many have answered, in a sentence; and who in the steering group has reviewed it. */
const Answers = () => {
  const round = useRecordContext<ReportingRoundRecord>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (!round) return null;
  return (
    <Stack spacing={0.5}>
      <Typography variant="body1">
        {translate('pejling.round.answers', {
          submitted: round.submitted,
          drafts: round.drafts,
          missing: round.missing,
          smart_count: round.initiativeIds.length,
        })}
      </Typography>
      {round.reviewedBy.map((review) => (
        <Typography key={review.personId} variant="body2" color="text.secondary">
          {translate('pejling.round.reviewed_by', {
            name: review.name,
            at: formatInstant(review.at, locale),
          })}
        </Typography>
      ))}
    </Stack>
  );
};

/** To the compiled report, as a page and as a PDF in either language. */
const ReportLinks = () => {
  const round = useRecordContext<ReportingRoundRecord>();
  const translate = useTranslate();
  if (!round) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
      <Button
        component={Link}
        to={roundReportPath(round.id)}
        variant="outlined"
        startIcon={<ArticleIcon />}
      >
        {translate('pejling.round.to_report')}
      </Button>
      {(['da', 'en'] as const).map((language) => (
        <Button
          key={language}
          href={api.rounds.pdfUrl(round.id, language)}
          download
          startIcon={<PictureAsPdfIcon />}
        >
          {translate(`pejling.round.pdf.${language}`)}
        </Button>
      ))}
    </Stack>
  );
};

/**
 * A round's home: where it stands and what can be done with it (open, close, review), who
 * has answered (the completion board) and which target figures are in, the reports, and
 * the steering group's decisions and action items.
 */
export const ReportingRoundShow = () => (
  <Show actions={<RoundActions />}>
    <Stack spacing={3} sx={{ p: 2 }}>
      <Grid container spacing={2}>
        <Cell>
          <RecordField source="state" field={RoundStateField} />
        </Cell>
        <Cell>
          <RecordField source="dueDate" field={DayField} />
        </Cell>
        <Cell>
          <RecordField source="meetingDate" field={DayField} />
        </Cell>
        <Cell>
          <RecordField source="strategyId">
            <ReferenceField source="strategyId" reference="strategies" />
          </RecordField>
        </Cell>
        <Cell>
          <RecordField source="openedAt" field={InstantField} empty={empty} />
        </Cell>
        <Cell>
          <RecordField source="closedAt" field={InstantField} empty={empty} />
        </Cell>
      </Grid>
      <StateExplanation />
      <Answers />
      <ReportLinks />

      <Section title="pejling.round.section.completion">
        <CompletionBoard />
      </Section>
      <RoundFigures />
      <Section title="pejling.round.section.reports">
        <RoundReports />
      </Section>
      <Section title="pejling.round.section.outcomes">
        <RoundOutcomes />
      </Section>
    </Stack>
  </Show>
);
