import {
  ArrayInput,
  BooleanInput,
  required,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useRecordContext,
} from 'react-admin';
import type { TargetRecord } from '@pejling/contracts';
import { EditPage } from '../common/EditPage';
import { InitiativeInput } from '../common/references';
import { keepEmptyString } from '../common/validation';

/** The links, each to one of the target's own strategy's initiatives. */
const InitiativeLinksInput = () => {
  const target = useRecordContext<TargetRecord>();
  return (
    <ArrayInput source="initiativeLinks" label="pejling.targetLinks.title">
      <SimpleFormIterator inline disableReordering>
        <InitiativeInput
          source="initiativeId"
          validate={required()}
          filter={{ strategyId: target?.strategyId }}
        />
        <TextInput
          source="contribution"
          label="pejling.targetLinks.contribution"
          parse={keepEmptyString}
          sx={{ minWidth: 320 }}
        />
        <BooleanInput source="inferred" label="pejling.targetLinks.inferred" />
      </SimpleFormIterator>
    </ArrayInput>
  );
};

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
      <InitiativeLinksInput />
    </SimpleForm>
  </EditPage>
);
