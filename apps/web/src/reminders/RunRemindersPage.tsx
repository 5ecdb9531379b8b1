import { useRef, useState } from 'react';
import PreviewIcon from '@mui/icons-material/Preview';
import SendIcon from '@mui/icons-material/Send';
import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { Confirm, Title, useRequireAccess } from 'react-admin';
import type { ReminderPreview, ReminderRunResult } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { DayPicker } from '../common/DayPicker';
import { formatDay } from '../common/format';
import { useAppInfo } from '../common/useAppInfo';
import { useIntlLocale } from '../common/useIntlLocale';
import { useServerAction } from '../common/useServerAction';
import { usePageTranslate } from '../i18n/pageMessages';
import { DuePreview } from './DuePreview';
import { runMessages } from './messages';
import { RunOutcome } from './RunOutcome';
import { previewSummary } from './runSummary';

/**
 * Runs the reminders by hand (the secretariat): for a day, by default the app's today
 * (a fixed date in a demo), first as a preview of who would get what and what sending
 * would do now, then for real, after a confirmation that says the same (from a fresh
 * preview). A reminder already recorded for the day is not sent again; the preview says
 * which are, and how they went.
 */
export const RunRemindersPage = () => {
  const { isPending: checkingAccess } = useRequireAccess({ resource: 'reminders', action: 'run' });
  const translate = usePageTranslate(runMessages);
  const locale = useIntlLocale();
  const info = useAppInfo();
  const [picked, setPicked] = useState<string>();
  const [result, setResult] = useState<ReminderRunResult>();
  // "Send now" asks first, saying what sending would do: from a fresh preview.
  const [toConfirm, setToConfirm] = useState<ReminderPreview>();
  const askingToSend = useRef(false);
  const { pending, run } = useServerAction(api.reminders.run, (answer: ReminderRunResult) => {
    setResult(answer);
    if (answer.dryRun && askingToSend.current) setToConfirm(answer);
  });
  if (checkingAccess) return null;

  const asOf = picked ?? info?.today ?? '';
  const date = asOf ? formatDay(asOf, locale, 'long') : '';
  const preview = (thenAskToSend: boolean) => {
    askingToSend.current = thenAskToSend;
    run({ asOf, dryRun: true });
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="pejling.run.title" />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2, maxWidth: 720 }}>
          {translate('pejling.run.intro')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <DayPicker
            label={translate('pejling.run.as_of')}
            value={asOf}
            onChange={(day) => setPicked(day ?? '')}
            size="small"
            fullWidth={false}
          />
          <Button
            variant="outlined"
            startIcon={<PreviewIcon />}
            disabled={!asOf || pending}
            onClick={() => preview(false)}
          >
            {translate('pejling.run.preview')}
          </Button>
          <Button
            variant="contained"
            startIcon={<SendIcon />}
            disabled={!asOf || pending}
            onClick={() => preview(true)}
          >
            {translate('pejling.run.send')}
          </Button>
        </Stack>
        {result?.dryRun === true && <DuePreview preview={result} />}
        {result?.dryRun === false && <RunOutcome run={result} />}
      </CardContent>
      <Confirm
        isOpen={toConfirm !== undefined}
        title={translate('pejling.run.confirm_title', { date })}
        content={
          toConfirm &&
          [
            ...previewSummary(toConfirm, date, translate).slice(1),
            translate('pejling.run.confirm_content'),
          ].join(' ')
        }
        confirm={translate('pejling.run.send')}
        onConfirm={() => {
          setToConfirm(undefined);
          run({ asOf, dryRun: false });
        }}
        onClose={() => setToConfirm(undefined)}
      />
    </Card>
  );
};
