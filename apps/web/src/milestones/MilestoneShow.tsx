import { Grid, Stack } from '@mui/material';
import { RecordField, ReferenceField, SelectField, Show, TextField, WithRecord } from 'react-admin';
import { AttachmentList } from '../attachments/AttachmentList';
import { milestoneStatusChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { DueDateField } from '../common/DueDateField';
import { OverdueField } from '../common/OverdueField';
import { Section } from '../common/Section';

const empty = '—';
const third = { xs: 12, sm: 6, md: 4 };

export const MilestoneShow = () => (
  <Show>
    <Stack spacing={2} sx={{ p: 2 }}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12 }}>
          <RecordField source="initiativeId">
            <ReferenceField source="initiativeId" reference="initiatives" />
          </RecordField>
        </Grid>
        <Grid size={{ xs: 12 }}>
          <RecordField source="title" />
        </Grid>
        <Grid size={{ xs: 12 }}>
          <RecordField source="description">
            <TextField source="description" sx={{ whiteSpace: 'pre-line' }} />
          </RecordField>
        </Grid>
        <Grid size={third}>
          <RecordField source="dueDate" field={DueDateField} />
        </Grid>
        <Grid size={third}>
          <RecordField source="responsiblePersonId" empty={empty}>
            <ReferenceField source="responsiblePersonId" reference="people" />
          </RecordField>
        </Grid>
        <Grid size={third}>
          <RecordField source="status">
            <SelectField source="status" choices={milestoneStatusChoices} />
          </RecordField>
        </Grid>
        <Grid size={third}>
          <RecordField source="completedOn" field={DayField} empty={empty} />
        </Grid>
        <Grid size={third}>
          <RecordField source="overdue">
            <OverdueField source="overdue" showNo />
          </RecordField>
        </Grid>
        <Grid size={third}>
          <RecordField source="focusAreaId">
            <ReferenceField source="focusAreaId" reference="focus-areas" />
          </RecordField>
        </Grid>
      </Grid>
      <Section title="pejling.attachments.title">
        <WithRecord
          render={(record) => <AttachmentList parentType="milestone" parentId={record.id} />}
        />
      </Section>
    </Stack>
  </Show>
);
