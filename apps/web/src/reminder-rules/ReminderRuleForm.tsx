import { Alert } from '@mui/material';
import {
  BooleanInput,
  DeleteButton,
  FormDataConsumer,
  maxValue,
  minValue,
  NumberInput,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  Toolbar,
  useNotify,
  useTranslate,
} from 'react-admin';
import type { ReminderKind, ReminderRuleRecord } from '@pejling/contracts';
import { statusOf } from '../api/client';
import { escalationTargetChoices, reminderKindChoices } from '../common/choices';
import { wholeNumber } from '../common/validation';
import { useRuleSentence } from './useRuleSentence';

type RuleValues = Partial<ReminderRuleRecord>;

/**
 * What the server accepts of each kind: only an overdue reminder repeats, only an
 * escalation tells someone else. A field hidden for the kind chosen is sent as null.
 */
export const withKindFields = (rule: RuleValues): RuleValues => ({
  ...rule,
  repeatEveryDays: rule.kind === 'overdue' ? (rule.repeatEveryDays ?? null) : null,
  escalateTo: rule.kind === 'escalation' ? (rule.escalateTo ?? null) : null,
});

/** A number of days, 0 or 1 (`min`) to 365, as the server accepts it. */
const DaysInput = ({
  source,
  min,
  helperText,
  isRequired = false,
}: {
  source: string;
  min: number;
  helperText: string;
  isRequired?: boolean;
}) => {
  const translate = useTranslate();
  const rules = [wholeNumber, minValue(min), maxValue(365)];
  return (
    <NumberInput
      source={source}
      step={1}
      min={min}
      max={365}
      validate={isRequired ? [required(), ...rules] : rules}
      helperText={translate(helperText)}
    />
  );
};

/** What the number of days counts from, per kind. */
const DAYS_HELP: Record<ReminderKind, string> = {
  due_soon: 'pejling.rule.days_before_help',
  overdue: 'pejling.rule.days_after_help',
  escalation: 'pejling.rule.days_after_help',
  round_request: 'pejling.rule.round_request_help',
  round_due_soon: 'pejling.rule.round_due_soon_help',
  round_missing: 'pejling.rule.round_missing_help',
};

/** The inputs that depend on the kind: days before or after, repeating, whom to tell. */
const KindInputs = ({ kind }: { kind?: ReminderKind }) => {
  const translate = useTranslate();
  return (
    <>
      <DaysInput source="days" min={0} isRequired helperText={DAYS_HELP[kind ?? 'due_soon']} />
      {kind === 'overdue' && (
        <DaysInput source="repeatEveryDays" min={1} helperText="pejling.rule.repeat_help" />
      )}
      {kind === 'escalation' && (
        <SelectInput
          source="escalateTo"
          choices={escalationTargetChoices}
          validate={required()}
          helperText={translate('pejling.rule.escalate_help')}
        />
      )}
    </>
  );
};

/** The rule as it will read once saved. */
const SentencePreview = ({ rule }: { rule: RuleValues }) => {
  const translate = useTranslate();
  const sentence = useRuleSentence()(withKindFields(rule));
  if (!sentence) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate('pejling.rule.reads', { sentence })}
    </Alert>
  );
};

/**
 * A rule that has reminded someone is in the delivery log and cannot be deleted: say
 * so in words, and what to do instead.
 */
const RuleToolbar = () => {
  const notify = useNotify();
  const onError = (error: unknown) =>
    notify(
      statusOf(error) === 409
        ? 'pejling.rule.in_use'
        : error instanceof Error
          ? error.message
          : 'ra.notification.http_error',
      { type: 'error' },
    );
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      <DeleteButton mutationOptions={{ onError }} />
    </Toolbar>
  );
};

/** The inputs of a reminder rule, for both create and edit (with `withKindFields`). */
export const ReminderRuleForm = ({ defaultValues }: { defaultValues?: RuleValues }) => (
  <SimpleForm
    defaultValues={defaultValues}
    toolbar={<RuleToolbar />}
    sx={{ maxWidth: 600 }}
    // Our own messages, in the UI language, rather than the browser's.
    noValidate
  >
    <SelectInput source="kind" choices={reminderKindChoices} validate={required()} />
    <FormDataConsumer<RuleValues>>
      {({ formData }) => (
        <>
          <KindInputs kind={formData.kind} />
          <BooleanInput source="active" />
          <SentencePreview rule={formData} />
        </>
      )}
    </FormDataConsumer>
  </SimpleForm>
);
