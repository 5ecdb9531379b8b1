import { Stack } from '@mui/material';
import {
  CreateButton,
  DataTable,
  ReferenceField,
  ReferenceManyField,
  useRecordContext,
} from 'react-admin';
import type { InitiativeRecord, MilestoneRecord } from '@pejling/contracts';
import { canAccessAs } from '../auth/canAccess';
import { useMe } from '../auth/useMe';
import { TABLE_SCROLLS_ALONE } from '../common/dataTableLooks';
import { DayField } from '../common/DayField';
import { DueDateField } from '../common/DueDateField';
import { OverdueField } from '../common/OverdueField';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';
import { MilestoneCards } from '../milestones/MilestoneCards';
import { MilestoneStatusField } from '../milestones/MilestoneStatusFields';

/**
 * An initiative's milestones by due date, each status changeable on the spot by those who
 * may edit it (on a phone or an upright tablet, cards that lead to the milestones), and a
 * button to add one to the initiative.
 */
export const InitiativeMilestones = () => {
  const initiative = useRecordContext<InitiativeRecord>();
  const me = useMe();
  const small = useSmallScreen();
  if (!initiative) return null;
  // An owner may add milestones only to their own initiatives.
  const mayAdd = me && canAccessAs(me, 'milestones', 'create', { initiativeId: initiative.id });
  return (
    <Stack spacing={1}>
      <ReferenceManyField
        reference="milestones"
        target="initiativeId"
        sort={{ field: 'dueDate', order: 'ASC' }}
        perPage={100}
      >
        {small ? (
          <MilestoneCards initiative={false} />
        ) : (
          <DataTable<MilestoneRecord>
            rowClick="show"
            bulkActionButtons={false}
            sx={TABLE_SCROLLS_ALONE}
          >
            <DataTable.Col source="title" field={RecordLinkField} />
            <DataTable.Col source="dueDate" field={DueDateField} />
            <DataTable.Col source="responsiblePersonId" disableSort>
              <ReferenceField source="responsiblePersonId" reference="people" />
            </DataTable.Col>
            <DataTable.Col source="status">
              <MilestoneStatusField />
            </DataTable.Col>
            <DataTable.Col source="completedOn" field={DayField} />
            <DataTable.Col source="overdue" field={OverdueField} disableSort />
          </DataTable>
        )}
      </ReferenceManyField>
      {mayAdd && (
        <div>
          <CreateButton
            resource="milestones"
            label="pejling.action.add_milestone"
            state={{ record: { initiativeId: initiative.id } }}
          />
        </div>
      )}
    </Stack>
  );
};
