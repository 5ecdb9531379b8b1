import { useRef, useState } from 'react';
import SaveIcon from '@mui/icons-material/Save';
import SendIcon from '@mui/icons-material/Send';
import { Alert, Button, Stack, Typography } from '@mui/material';
import {
  Confirm,
  Form,
  RadioButtonGroupInput,
  required,
  ResourceContextProvider,
  TextInput,
  useDataProvider,
  useLogoutIfAccessDenied,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type {
  Health,
  InitiativeRecord,
  IsoDate,
  MilestoneRecord,
  ReportingRoundRecord,
  StatusReportRecord,
  StatusReportState,
} from '@pejling/contracts';
import { HEALTHS } from '@pejling/contracts';
import { AttachmentList } from '../../attachments/AttachmentList';
import { formatInstant } from '../../common/format';
import { HealthChip } from '../../common/HealthChip';
import { Section } from '../../common/Section';
import { TOUCH_TARGET } from '../../common/touchTarget';
import { useIntlLocale } from '../../common/useIntlLocale';
import { keepEmptyString } from '../../common/validation';
import { usePageNotify, usePageTranslate } from '../../i18n/pageMessages';
import { ownerReportMessages } from './messages';
import { MilestoneInputs } from './MilestoneInputs';
import {
  initialValues,
  milestoneUpdatesOf,
  type MilestoneValues,
  type ReportValues,
  staleMilestoneIn,
} from './reportValues';

const healthChoices = HEALTHS.map((id) => ({ id }));

interface FormProps {
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
  const dataProvider = useDataProvider();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const { handleSubmit, setError, setValue, getValues } = useFormContext<ReportValues>();
  // The draft as last saved from this page: later saves change it, with its version.
  const draft = useRef(draftAtStart);
  const [savedAt, setSavedAt] = useState(draftAtStart?.updatedAt);
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const supersedesId = corrects?.id ?? draftAtStart?.supersedesId ?? null;

  const failed = async (error: unknown, sent: MilestoneValues[]) => {
    if (await logoutIfAccessDenied(error)) return;
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
      const { data: saved } = before
        ? await dataProvider.update<StatusReportRecord>('status-reports', {
            id: before.id,
            data: { ...before, ...data },
            previousData: before,
          })
        : await dataProvider.create<StatusReportRecord>('status-reports', { data });
      // The milestones changed now have new versions.
      if (milestoneUpdates.length) await reloadMilestones();
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
      <RadioButtonGroupInput
        source="health"
        choices={healthChoices}
        optionText={(choice: { id: Health }) => <HealthChip health={choice.id} />}
        translateChoice={false}
        validate={required()}
        helperText={translate('pejling.ownerReport.health_help')}
      />
      <TextInput
        source="summary"
        multiline
        minRows={4}
        parse={keepEmptyString}
        helperText={translate('pejling.ownerReport.summary_help')}
      />
      <TextInput source="risks" multiline minRows={2} parse={keepEmptyString} />
      <TextInput source="nextSteps" multiline minRows={2} parse={keepEmptyString} />

      <Section title={translate('pejling.ownerReport.milestones')}>
        <Typography variant="body2" color="text.secondary">
          {translate('pejling.ownerReport.milestones_help')}
        </Typography>
        <MilestoneInputs milestones={milestones} closedCount={closedCount} today={today} />
      </Section>

      <Section title="pejling.attachments.title">
        {draft.current ? (
          <AttachmentList parentType="status-report" parentId={draft.current.id} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('pejling.attachments.save_first')}
          </Typography>
        )}
      </Section>

      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
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
      <Confirm
        isOpen={confirming}
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
 * or submitted. Submitting asks first: a submitted report cannot be changed.
 */
export const OwnerReportForm = (props: FormProps) => {
  // The first values and the milestones asked about stay those of the moment the form
  // opened: later reads (after a save) must not reset what the person is writing.
  const [milestones] = useState(props.milestones);
  const [defaultValues] = useState(() =>
    initialValues(props.draft ?? props.corrects, props.initiative.health, milestones),
  );
  return (
    <ResourceContextProvider value="status-reports">
      <Form<ReportValues> defaultValues={defaultValues} onSubmit={() => undefined} noValidate>
        <FormBody {...props} milestones={milestones} />
      </Form>
    </ResourceContextProvider>
  );
};
