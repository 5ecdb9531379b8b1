import { useRef, useState } from 'react';
import SaveIcon from '@mui/icons-material/Save';
import SendIcon from '@mui/icons-material/Send';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useForm, type UseFormReturn } from 'react-hook-form';
import type {
  Health,
  InitiativeRecord,
  IsoDate,
  MilestoneRecord,
  ReportingRoundRecord,
  StatusReportRecord,
  StatusReportState,
} from '@pejling/contracts';
import { api } from '../../api/endpoints';
import { AttachmentList } from '../../attachments/AttachmentList';
import { formatInstant } from '../../common/format';
import { Section } from '../../common/Section';
import { TOUCH_TARGET } from '../../common/touchTarget';
import { useIntlLocale } from '../../common/useIntlLocale';
import { usePageNotify, usePageTranslate } from '../../i18n/pageMessages';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { useShell } from '../../shell/shell';
import { useDrawnInParts } from '../../shell/useDrawnInParts';
import { ownerReportMessages } from './messages';
import { MilestoneInputs } from './MilestoneInputs';
import { ReportTextInputs } from './ReportTextInputs';
import {
  initialValues,
  milestoneUpdatesOf,
  type MilestoneValues,
  type ReportValues,
  staleMilestoneIn,
} from './reportValues';

interface FormProps {
  form: UseFormReturn<ReportValues>;
  round: ReportingRoundRecord;
  initiative: InitiativeRecord;
  /** The initiative's open milestones: those on the form when it opens stay on it. */
  milestones: MilestoneRecord[];
  /** Done or cancelled already: only counted. */
  closedCount: number;
  /** Each milestone as last read, with its version. */
  current: Map<number, MilestoneRecord>;
  reloadMilestones: () => Promise<unknown>;
  /** The person's draft for this round and initiative, if any. */
  draft: StatusReportRecord | undefined;
  /** The submitted report that this one corrects, if it is a correction. */
  corrects: StatusReportRecord | undefined;
  today: IsoDate | undefined;
  onSubmitted: (report: StatusReportRecord) => void;
}

const FormBody = ({
  form,
  round,
  initiative,
  milestones,
  closedCount,
  current,
  reloadMilestones,
  draft: draftAtStart,
  corrects,
  today,
  onSubmitted,
}: FormProps) => {
  const translate = usePageTranslate(ownerReportMessages);
  const locale = useIntlLocale();
  const notify = usePageNotify(ownerReportMessages);
  const { saveRecord, signOutIfExpired } = useShell();
  const queryClient = useQueryClient();
  const { handleSubmit, setError, setFocus, setValue, getValues } = form;
  // The draft as last saved from this page: later saves change it, with its version.
  const draft = useRef(draftAtStart);
  const [savedAt, setSavedAt] = useState(draftAtStart?.updatedAt);
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Sent with fields to mend: said above the buttons while any error remains.
  // Errors come only from sending (react-hook-form's onSubmit mode, or `askToSubmit`):
  // while any remains, the form says so above its buttons, not in a toast, which on a
  // phone would lie over them. react-hook-form gives the first such field the focus.
  const sentInvalid = Object.keys(form.formState.errors).length > 0;
  // Drawn in parts, its top first: at once, the form held a phone's main thread for most of
  // a second in one task.
  const drawn = useDrawnInParts(3);
  const supersedesId = corrects?.id ?? draftAtStart?.supersedesId ?? null;

  const failed = async (error: unknown, sent: MilestoneValues[]) => {
    if (await signOutIfExpired(error)) return;
    const stale = staleMilestoneIn(error, sent);
    if (stale) {
      await reloadMilestones();
      const index = getValues('milestones').findIndex((row) => row.id === stale.id);
      if (index >= 0) {
        setValue(`milestones.${index}`, {
          id: stale.id,
          status: stale.status,
          completedOn: stale.completedOn,
        });
      }
      notify('pejling.ownerReport.stale_milestone', {
        type: 'warning',
        autoHideDuration: 20_000,
        messageArgs: {
          title: stale.title,
          status: translate(`pejling.milestoneStatus.${stale.status}`),
        },
      });
      return;
    }
    notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
      type: 'error',
    });
  };

  const save = async (values: ReportValues, state: StatusReportState) => {
    const milestoneUpdates = milestoneUpdatesOf(values.milestones, current);
    const data = {
      initiativeId: initiative.id,
      roundId: round.id,
      health: values.health as Health,
      summary: values.summary,
      risks: values.risks,
      nextSteps: values.nextSteps,
      state,
      supersedesId,
      milestoneUpdates,
    };
    setSaving(true);
    try {
      const before = draft.current;
      const saved = before
        ? await saveRecord('status-reports', { ...before, ...data }, before)
        : await api.createRecord<StatusReportRecord>('status-reports', data);
      // The milestones changed now have new versions; the round's lists count this report.
      if (milestoneUpdates.length) await reloadMilestones();
      void queryClient.invalidateQueries({ queryKey: ['status-reports'] });
      if (state === 'submitted') {
        notify('pejling.ownerReport.submitted', { type: 'success' });
        onSubmitted(saved);
        return;
      }
      draft.current = saved;
      setSavedAt(saved.updatedAt);
      notify('pejling.ownerReport.draft_saved', { type: 'success' });
    } catch (error) {
      await failed(error, values.milestones);
    } finally {
      setSaving(false);
    }
  };

  /** Before the confirmation: a submitted report says what has happened. */
  const askToSubmit = (values: ReportValues) => {
    if (!values.summary.trim()) {
      setError('summary', {
        type: 'required',
        message: translate('pejling.ownerReport.summary_required'),
      });
      setFocus('summary');
      return;
    }
    setConfirming(true);
  };

  return (
    <Stack spacing={3}>
      {corrects && (
        <Alert severity="info">
          {translate('pejling.ownerReport.correcting', {
            at: corrects.submittedAt ? formatInstant(corrects.submittedAt, locale) : '',
          })}
        </Alert>
      )}
      {!corrects && supersedesId != null && (
        <Alert severity="info">{translate('pejling.ownerReport.correcting_draft')}</Alert>
      )}
      <ReportTextInputs control={form.control} />

      {drawn >= 2 && (
        <Section title={translate('pejling.ownerReport.milestones')}>
          <Typography variant="body2" color="text.secondary">
            {translate('pejling.ownerReport.milestones_help')}
          </Typography>
          <MilestoneInputs
            control={form.control}
            milestones={milestones}
            closedCount={closedCount}
            today={today}
          />
        </Section>
      )}

      {drawn >= 3 && (
        <>
          <Section title="pejling.attachments.title">
            {draft.current ? (
              <AttachmentList parentType="status-report" parentId={draft.current.id} />
            ) : (
              <Typography variant="body2" color="text.secondary">
                {translate('pejling.attachments.save_first')}
              </Typography>
            )}
          </Section>

          <div role="alert">
            {/* role="none": the live region around it says it, once (MUI's Alert is an alert). */}
            {sentInvalid && (
              <Alert severity="error" role="none">
                {translate('ra.message.invalid_form')}
              </Alert>
            )}
          </div>
          <Stack
            direction="row"
            spacing={2}
            sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}
          >
            <Button
              variant="outlined"
              startIcon={<SaveIcon />}
              disabled={saving}
              sx={TOUCH_TARGET}
              onClick={handleSubmit((values) => save(values, 'draft'))}
            >
              {translate('pejling.ownerReport.save_draft')}
            </Button>
            <Button
              variant="contained"
              startIcon={<SendIcon />}
              disabled={saving}
              sx={TOUCH_TARGET}
              onClick={handleSubmit(askToSubmit)}
            >
              {translate('pejling.ownerReport.submit')}
            </Button>
            {savedAt && (
              <Typography variant="body2" color="text.secondary" role="status">
                {translate('pejling.ownerReport.draft_saved_at', {
                  at: formatInstant(savedAt, locale),
                })}
              </Typography>
            )}
          </Stack>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={translate('pejling.ownerReport.submit_title', { code: initiative.code })}
        content={translate('pejling.ownerReport.submit_content')}
        confirm={translate('pejling.ownerReport.submit')}
        onConfirm={() => {
          setConfirming(false);
          void save(getValues(), 'submitted');
        }}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
};

/**
 * The owner's status report for a round and an initiative: how it stands (health), what
 * has happened, risks, next steps, and the initiative's open milestones, saved as a draft
 * or submitted. Submitting asks first: a submitted report cannot be changed. A form of
 * react-hook-form's, without react-admin: the owner's frame draws it too.
 */
export const OwnerReportForm = (props: Omit<FormProps, 'form'>) => {
  // The first values and the milestones asked about stay those of the moment the form
  // opened: later reads (after a save) must not reset what the person is writing.
  const [milestones] = useState(props.milestones);
  const [defaultValues] = useState(() =>
    initialValues(props.draft ?? props.corrects, props.initiative.health, milestones),
  );
  const form = useForm<ReportValues>({ defaultValues });
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      <FormBody {...props} form={form} milestones={milestones} />
    </form>
  );
};
