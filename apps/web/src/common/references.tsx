import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  type Validator,
} from 'react-admin';
import type {
  FocusAreaRecord,
  InitiativeRecord,
  OrganisationRecord,
  PersonRecord,
} from '@pejling/contracts';

/** How records are named when one is picked or shown as a reference. */
export const codeAndTitle = (record: Pick<FocusAreaRecord | InitiativeRecord, 'code' | 'title'>) =>
  `${record.code} ${record.title}`;
export const organisationLabel = (record: OrganisationRecord) =>
  record.shortName && record.shortName !== record.name
    ? `${record.shortName} – ${record.name}`
    : record.name;
export const personLabel = (record: PersonRecord) => record.name;

/** MUI's own "No options" is English: every autocomplete here says it in the UI language. */
const noOptionsText = 'pejling.no_options';

interface ReferencePickerProps {
  source: string;
  label?: string;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
  helperText?: string | false;
}

export const FocusAreaInput = ({ source, validate, label, helperText }: ReferencePickerProps) => (
  <ReferenceInput
    source={source}
    reference="focus-areas"
    sort={{ field: 'sortOrder', order: 'ASC' }}
    perPage={100}
  >
    <SelectInput
      optionText={codeAndTitle}
      validate={validate}
      label={label}
      helperText={helperText}
    />
  </ReferenceInput>
);

export const InitiativeInput = ({ source, validate, label, helperText }: ReferencePickerProps) => (
  <ReferenceInput
    source={source}
    reference="initiatives"
    sort={{ field: 'code', order: 'ASC' }}
    perPage={100}
  >
    <AutocompleteInput
      optionText={codeAndTitle}
      validate={validate}
      label={label}
      helperText={helperText}
      noOptionsText={noOptionsText}
    />
  </ReferenceInput>
);

export const OrganisationInput = ({
  source,
  validate,
  label,
  helperText,
}: ReferencePickerProps) => (
  <ReferenceInput
    source={source}
    reference="organisations"
    sort={{ field: 'shortName', order: 'ASC' }}
    perPage={100}
  >
    <AutocompleteInput
      optionText={organisationLabel}
      validate={validate}
      label={label}
      helperText={helperText}
      noOptionsText={noOptionsText}
    />
  </ReferenceInput>
);

export const PersonInput = ({ source, validate, label, helperText }: ReferencePickerProps) => (
  <ReferenceInput
    source={source}
    reference="people"
    sort={{ field: 'name', order: 'ASC' }}
    perPage={100}
  >
    <AutocompleteInput
      optionText={personLabel}
      validate={validate}
      label={label}
      helperText={helperText}
      noOptionsText={noOptionsText}
    />
  </ReferenceInput>
);

export const OrganisationsInput = ({
  source,
  validate,
  label,
  helperText,
}: ReferencePickerProps) => (
  <ReferenceArrayInput
    source={source}
    reference="organisations"
    sort={{ field: 'shortName', order: 'ASC' }}
    perPage={100}
  >
    <AutocompleteArrayInput
      optionText={organisationLabel}
      validate={validate}
      label={label}
      helperText={helperText}
      noOptionsText={noOptionsText}
    />
  </ReferenceArrayInput>
);

export const PeopleInput = ({ source, validate, label, helperText }: ReferencePickerProps) => (
  <ReferenceArrayInput
    source={source}
    reference="people"
    sort={{ field: 'name', order: 'ASC' }}
    perPage={100}
  >
    <AutocompleteArrayInput
      optionText={personLabel}
      validate={validate}
      label={label}
      helperText={helperText}
      noOptionsText={noOptionsText}
    />
  </ReferenceArrayInput>
);
