import {
  ArrayInput,
  BooleanInput,
  required,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { EditPage } from '../common/EditPage';
import { InitiativeInput } from '../common/references';
import { keepEmptyString } from '../common/validation';

/**
 * A target's words and the initiatives that should move it, with how each contributes and
 * whether the link is inferred. Its series and figures are kept as they are.
 */
export const TargetEdit = () => (
  <EditPage>
    <SimpleForm>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="description" multiline fullWidth parse={keepEmptyString} />
      <TextInput source="unit" parse={keepEmptyString} />
      <ArrayInput source="initiativeLinks" label="pejling.targetLinks.title">
        <SimpleFormIterator inline disableReordering>
          <InitiativeInput source="initiativeId" validate={required()} />
          <TextInput
            source="contribution"
            label="pejling.targetLinks.contribution"
            parse={keepEmptyString}
            sx={{ minWidth: 320 }}
          />
          <BooleanInput source="inferred" label="pejling.targetLinks.inferred" />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  </EditPage>
);
