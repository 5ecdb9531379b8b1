import { Grid } from '@mui/material';
import {
  BooleanInput,
  email,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import type { PersonRecord } from '@pejling/contracts';
import { useMe } from '../auth/useMe';
import { languageChoices, reminderModeChoices, roleChoices } from '../common/choices';
import { OrganisationInput } from '../common/references';
import { keepEmptyString } from '../common/validation';

const half = { xs: 12, md: 6 };

/**
 * A person, for create and edit. Only the secretariat changes e-mail, organisation, role
 * and whether the person is active; anyone else editing their own profile sees those
 * fields but cannot change them (read-only, so they still travel back unchanged). How the
 * person gets reminders is theirs to choose, and the secretariat's.
 */
export const PersonForm = ({ defaultValues }: { defaultValues?: Partial<PersonRecord> }) => {
  const translate = useTranslate();
  const readOnly = useMe()?.role !== 'secretariat';
  return (
    <SimpleForm defaultValues={defaultValues}>
      <Grid container columnSpacing={2} sx={{ width: '100%', maxWidth: 960 }}>
        <Grid size={half}>
          <TextInput source="name" validate={required()} parse={keepEmptyString} />
        </Grid>
        <Grid size={half}>
          <TextInput source="title" />
        </Grid>
        <Grid size={half}>
          <TextInput
            source="email"
            type="email"
            validate={[required(), email()]}
            readOnly={readOnly}
          />
        </Grid>
        <Grid size={half}>
          <OrganisationInput source="organisationId" readOnly={readOnly} />
        </Grid>
        <Grid size={half}>
          <SelectInput
            source="role"
            choices={roleChoices}
            validate={required()}
            readOnly={readOnly}
          />
        </Grid>
        <Grid size={half}>
          <SelectInput source="language" choices={languageChoices} validate={required()} />
        </Grid>
        <Grid size={half}>
          <SelectInput source="reminderMode" choices={reminderModeChoices} validate={required()} />
        </Grid>
        <Grid size={half}>
          <BooleanInput
            source="remindersEnabled"
            helperText={translate('pejling.settings.enabled_help')}
          />
        </Grid>
        <Grid size={{ xs: 12 }}>
          <BooleanInput source="active" readOnly={readOnly} />
        </Grid>
      </Grid>
    </SimpleForm>
  );
};
