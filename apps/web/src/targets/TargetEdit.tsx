import {
  ArrayInput,
  BooleanInput,
  required,
  SimpleForm,
  SimpleFormIterator,
  TextField,
  TextInput,
  useRecordContext,
} from 'react-admin';
import type { TargetRecord } from '@pejling/contracts';
import { EditPage } from '../common/EditPage';
import { InitiativeInput, OrganisationInput, PersonInput } from '../common/references';
import { keepEmptyString } from '../common/validation';

/** How a target's lists of inputs (links, series) fit a phone and a keyboard. */
const ITERATOR_LOOKS = {
  // A row's inputs wrap on a narrow screen rather than run past its edge.
  '& .RaSimpleFormIterator-inline': { flexWrap: 'wrap' },
  // The remove button shows without a mouse over its row, so that a keyboard reaches it.
  '& .RaSimpleFormIterator-action': { visibility: 'visible' },
} as const;

/** The links, each to one of the target's own strategy's initiatives. */
const InitiativeLinksInput = () => {
  const target = useRecordContext<TargetRecord>();
  return (
    <ArrayInput source="initiativeLinks" label="pejling.targetLinks.title">
      <SimpleFormIterator inline disableReordering sx={ITERATOR_LOOKS}>
        <InitiativeInput
          source="initiativeId"
          validate={required()}
          filter={{ strategyId: target?.strategyId }}
        />
        <TextInput
          source="contribution"
          label="pejling.targetLinks.contribution"
          parse={keepEmptyString}
          sx={{ minWidth: 'min(320px, 100%)' }}
        />
        <BooleanInput source="inferred" label="pejling.inferred" />
      </SimpleFormIterator>
    </ArrayInput>
  );
};

/**
 * A series may have a data owner of its own (target 5's Guld and Sølv could come from two
 * places); without one, its target's reports its figures. The rest of each series is kept.
 */
const SeriesDataOwnersInput = () => {
  const target = useRecordContext<TargetRecord>();
  if (!target || target.series.length < 2) return null;
  return (
    <ArrayInput source="series" label="pejling.figures.series_data_owner">
      <SimpleFormIterator inline disableAdd disableRemove disableReordering sx={ITERATOR_LOOKS}>
        <TextField source="label" />
        <OrganisationInput
          source="dataOwnerOrganisationId"
          label="resources.targets.fields.dataOwnerOrganisationId"
        />
        <PersonInput
          source="dataOwnerPersonId"
          label="resources.targets.fields.dataOwnerPersonId"
        />
      </SimpleFormIterator>
    </ArrayInput>
  );
};

/**
 * A target's words, who reports its figures (its data owner, and a series' own), and the
 * initiatives that should move it, with how each contributes and whether the link is
 * inferred. Its baselines, targets and figures are kept as they are.
 */
export const TargetEdit = () => (
  <EditPage>
    <SimpleForm>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="description" multiline fullWidth parse={keepEmptyString} />
      <TextInput source="unit" parse={keepEmptyString} />
      <OrganisationInput source="dataOwnerOrganisationId" />
      <PersonInput source="dataOwnerPersonId" />
      <SeriesDataOwnersInput />
      <InitiativeLinksInput />
    </SimpleForm>
  </EditPage>
);
