import { Grid } from '@mui/material';
import { required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import type { MilestoneRecord } from '@pejling/contracts';
import { milestoneStatusChoices } from '../common/choices';
import { DayInput } from '../common/DayInput';
import { InitiativeInput, PersonInput } from '../common/references';
import { keepEmptyString } from '../common/validation';

const half = { xs: 12, md: 6 };

/**
 * The inputs of a milestone, for both create and edit. `strategyId`, `focusAreaId` and
 * `overdue` follow from the initiative and the date; the server works them out.
 */
export const MilestoneForm = ({ defaultValues }: { defaultValues?: Partial<MilestoneRecord> }) => (
  <SimpleForm defaultValues={defaultValues}>
    <Grid container columnSpacing={2} sx={{ width: '100%', maxWidth: 960 }}>
      <Grid size={{ xs: 12 }}>
        <InitiativeInput source="initiativeId" validate={required()} />
      </Grid>
      <Grid size={{ xs: 12 }}>
        <TextInput source="title" validate={required()} parse={keepEmptyString} />
      </Grid>
      <Grid size={{ xs: 12 }}>
        <TextInput source="description" multiline minRows={3} parse={keepEmptyString} />
      </Grid>
      <Grid size={half}>
        <DayInput source="dueDate" validate={required()} />
      </Grid>
      <Grid size={half}>
        <PersonInput source="responsiblePersonId" />
      </Grid>
      <Grid size={half}>
        <SelectInput source="status" choices={milestoneStatusChoices} validate={required()} />
      </Grid>
      <Grid size={half}>
        <DayInput source="completedOn" />
      </Grid>
    </Grid>
  </SimpleForm>
);
