import {
  BooleanField,
  CanAccess,
  DataTable,
  EditButton,
  EmailField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import type { MilestoneRecord } from '@pejling/contracts';
import {
  languageChoices,
  milestoneStatusChoices,
  reminderModeChoices,
  roleChoices,
} from '../common/choices';
import { DayField } from '../common/DayField';
import { InstantField } from '../common/InstantField';
import { OverdueField } from '../common/OverdueField';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';
import { MilestoneCards } from '../milestones/MilestoneCards';
import { InviteButton } from './InviteButton';

/** Whoever may create people (the secretariat) may also invite them to sign in. */
const PersonActions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap' }}>
    <CanAccess action="create">
      <InviteButton />
    </CanAccess>
    <EditButton />
  </TopToolbar>
);

export const PersonShow = () => {
  const small = useSmallScreen();
  return (
    <Show actions={<PersonActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="title" emptyText="—" />
        <EmailField source="email" />
        <ReferenceField source="organisationId" reference="organisations" emptyText="—" />
        <SelectField source="role" choices={roleChoices} />
        <SelectField source="language" choices={languageChoices} />
        <SelectField source="reminderMode" choices={reminderModeChoices} />
        <BooleanField source="remindersEnabled" />
        <BooleanField source="active" />
        <BooleanField source="hasPassword" />
        <InstantField source="calendarFeedSince" emptyText="—" />
        <ReferenceManyField
          label="resources.people.fields.milestones"
          reference="milestones"
          target="responsiblePersonId"
          sort={{ field: 'dueDate', order: 'ASC' }}
          perPage={100}
        >
          {small ? (
            <MilestoneCards />
          ) : (
            <DataTable<MilestoneRecord> rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="title" field={RecordLinkField} />
              <DataTable.Col source="initiativeId" disableSort>
                <ReferenceField source="initiativeId" reference="initiatives">
                  <TextField source="code" />
                </ReferenceField>
              </DataTable.Col>
              <DataTable.Col source="dueDate" field={DayField} />
              <DataTable.Col source="status">
                <SelectField source="status" choices={milestoneStatusChoices} />
              </DataTable.Col>
              <DataTable.Col source="overdue" field={OverdueField} disableSort />
            </DataTable>
          )}
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
};
