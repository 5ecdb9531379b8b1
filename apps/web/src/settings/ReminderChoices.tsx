import {
  BooleanInput,
  EditBase,
  Form,
  RadioButtonGroupInput,
  required,
  SaveButton,
  SelectInput,
  useLocaleState,
  useNotify,
  useTranslate,
} from 'react-admin';
import { Stack } from '@mui/material';
import type { PersonRecord } from '@pejling/contracts';
import { rememberLanguage } from '../auth/authProvider';
import { languageChoices, reminderModeChoices } from '../common/choices';
import { useSaveFailure } from '../common/EditPage';

/**
 * The signed-in person's own choices, kept on their person record: the language of the
 * app and the e-mails, one digest a day or one e-mail per milestone, and reminders on or
 * off. Saved with the record's `version`, as any edit; a new language applies at once.
 * Needs the `people` resource context (labels, conflict messages).
 */
export const ReminderChoices = ({ personId }: { personId: number }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale, setLocale] = useLocaleState();
  const onError = useSaveFailure();
  const onSuccess = (person: PersonRecord) => {
    notify('pejling.settings.saved', { type: 'success' });
    if (person.language !== locale) {
      rememberLanguage(person.language);
      setLocale(person.language);
    }
  };
  return (
    <EditBase
      id={personId}
      mutationMode="pessimistic"
      redirect={false}
      mutationOptions={{ onSuccess, onError }}
    >
      {/* A new version of the record (the calendar feed beside changed it) keeps what
          the person has chosen here but not saved yet. */}
      <Form resetOptions={{ keepDirtyValues: true }}>
        <Stack sx={{ maxWidth: 560 }}>
          <SelectInput source="language" choices={languageChoices} validate={required()} />
          <RadioButtonGroupInput
            source="reminderMode"
            choices={reminderModeChoices}
            row={false}
            validate={required()}
          />
          <BooleanInput
            source="remindersEnabled"
            helperText={translate('pejling.settings.enabled_help')}
          />
          <div>
            <SaveButton />
          </div>
        </Stack>
      </Form>
    </EditBase>
  );
};
