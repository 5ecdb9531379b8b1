import {
  maxValue,
  minValue,
  NumberInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  type Validator,
} from 'react-admin';
import { Grid } from '@mui/material';
import type { InitiativeRecord } from '@pejling/contracts';
import { healthChoices, initiativeStatusChoices } from '../common/choices';
import { DayInput } from '../common/DayInput';
import { FocusAreaInput, OrganisationsInput, PeopleInput } from '../common/references';
import { keepEmptyString, notBefore } from '../common/validation';

const validateEnd = notBefore('startDate', 'pejling.validation.end_before_start');
const validateOverride = [minValue(0), maxValue(100)];
/** A manual progress figure needs a reason, so that the steering group can see why. */
const validateOverrideReason: Validator = (value, allValues) =>
  allValues.progressOverride != null && !String(value ?? '').trim()
    ? 'pejling.validation.override_reason_required'
    : undefined;

const half = { xs: 12, md: 6 };

/**
 * The inputs of an initiative, for both create and edit. Computed fields (progress,
 * milestone counts) are not inputs; on edit they travel back with `version` untouched.
 */
export const InitiativeForm = ({
  defaultValues,
}: {
  defaultValues?: Partial<InitiativeRecord>;
}) => (
  <SimpleForm defaultValues={defaultValues}>
    <Grid
      container
      columnSpacing={2}
      // As wide as the page, not as its longest choice: a focus area's name, which would
      // make a phone's page scroll sideways; a select shows the rest as "…".
      sx={{ width: '100%', maxWidth: 960, containerType: 'inline-size' }}
    >
      <Grid size={{ xs: 12, md: 4 }}>
        <TextInput source="code" validate={required()} parse={keepEmptyString} />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <FocusAreaInput source="focusAreaId" validate={required()} />
      </Grid>
      <Grid size={{ xs: 12 }}>
        <TextInput source="title" validate={required()} parse={keepEmptyString} />
      </Grid>
      <Grid size={{ xs: 12 }}>
        <TextInput source="description" multiline minRows={3} parse={keepEmptyString} />
      </Grid>
      <Grid size={half}>
        <SelectInput source="status" choices={initiativeStatusChoices} validate={required()} />
      </Grid>
      <Grid size={half}>
        <SelectInput source="health" choices={healthChoices} emptyText="pejling.health.none" />
      </Grid>
      <Grid size={half}>
        <DayInput source="startDate" />
      </Grid>
      <Grid size={half}>
        <DayInput source="endDate" validate={validateEnd} />
      </Grid>
      <Grid size={{ xs: 12 }}>
        <OrganisationsInput source="leadOrganisationIds" />
      </Grid>
      <Grid size={{ xs: 12 }}>
        <OrganisationsInput source="partnerOrganisationIds" />
      </Grid>
      <Grid size={{ xs: 12 }}>
        <PeopleInput source="responsiblePersonIds" />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <NumberInput
          source="progressOverride"
          step={1}
          validate={validateOverride}
          helperText="pejling.progress.override_helper"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <TextInput source="progressOverrideReason" validate={validateOverrideReason} multiline />
      </Grid>
    </Grid>
  </SimpleForm>
);
