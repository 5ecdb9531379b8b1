import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  type Validator,
} from 'react-admin';
import type { InitiativeRecord, OrganisationRecord, PersonRecord } from '@pejling/contracts';
import { representation } from './recordNames';

/** How records are named when one is picked: as everywhere else (`recordNames.ts`). */
export const initiativeName = representation('initiatives');
const focusAreaName = representation('focus-areas');
const personName = representation('people');
/** An organisation picked by its short name, with its full name beside it. */
const organisationLabel = (record: OrganisationRecord) =>
  record.shortName && record.shortName !== record.name
    ? `${record.shortName} – ${record.name}`
    : record.name;

/** MUI's own "No options" is English: every autocomplete here says it in the UI language. */
const noOptionsText = 'pejling.no_options';

interface ReferencePickerProps {
  source: string;
  label?: string;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
  helperText?: string | false;
  readOnly?: boolean;
  /** Only records that match: `{ strategyId: 1 }`. */
  filter?: Record<string, unknown>;
}

export const FocusAreaInput = ({ source, validate, label, helperText }: ReferencePickerProps) => (
  <ReferenceInput
    source={source}
    reference="focus-areas"
    sort={{ field: 'sortOrder', order: 'ASC' }}
    perPage={100}
  >
    <SelectInput
      optionText={focusAreaName}
      validate={validate}
      label={label}
      helperText={helperText}
    />
  </ReferenceInput>
);

/**
 * A searchable picker of one record (`multiple: false`) or several of another resource,
 * sorted and labelled as that resource is everywhere else.
 */
function referencePicker<R extends { id: number }>(
  reference: string,
  sortField: string,
  optionText: (record: R) => string,
  multiple: boolean,
) {
  const Picker = ({
    source,
    validate,
    label,
    helperText,
    readOnly,
    filter,
  }: ReferencePickerProps) => {
    const input = { optionText, validate, label, helperText, readOnly, noOptionsText };
    const query = {
      source,
      reference,
      perPage: 100,
      sort: { field: sortField, order: 'ASC' as const },
      filter,
    };
    return multiple ? (
      <ReferenceArrayInput {...query}>
        <AutocompleteArrayInput {...input} />
      </ReferenceArrayInput>
    ) : (
      <ReferenceInput {...query}>
        <AutocompleteInput {...input} />
      </ReferenceInput>
    );
  };
  return Picker;
}

export const InitiativeInput = referencePicker<InitiativeRecord>(
  'initiatives',
  'code',
  initiativeName,
  false,
);
export const OrganisationInput = referencePicker<OrganisationRecord>(
  'organisations',
  'shortName',
  organisationLabel,
  false,
);
export const PersonInput = referencePicker<PersonRecord>('people', 'name', personName, false);
export const OrganisationsInput = referencePicker<OrganisationRecord>(
  'organisations',
  'shortName',
  organisationLabel,
  true,
);
export const PeopleInput = referencePicker<PersonRecord>('people', 'name', personName, true);
