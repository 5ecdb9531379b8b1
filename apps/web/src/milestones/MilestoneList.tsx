import {
  DataTable,
  List,
  ReferenceField,
  SearchInput,
  SelectArrayInput,
  TextField,
} from 'react-admin';
import type { MilestoneRecord } from '@pejling/contracts';
import { canAccessAs } from '../auth/canAccess';
import { useMe } from '../auth/useMe';
import { milestoneStatusChoices } from '../common/choices';
import { TABLE_SCROLLS_ALONE } from '../common/dataTableLooks';
import { DayField } from '../common/DayField';
import { DayInput } from '../common/DayInput';
import { DueDateField } from '../common/DueDateField';
import { OverdueField } from '../common/OverdueField';
import { FocusAreaInput, InitiativeInput, PersonInput } from '../common/references';
import { ExportListActions } from '../common/ExportListActions';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';
import { BulkStatusButton } from './BulkStatusButton';
import { FocusKeepingBulkToolbar } from '../common/FocusKeepingBulkToolbar';
import { MilestoneCards } from './MilestoneCards';
import { MilestonePresetFilters } from './MilestonePresetFilters';
import { MilestoneStatusField } from './MilestoneStatusFields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  // Several statuses at once ("planned" and "in progress"); none chosen means all.
  <SelectArrayInput key="status" source="status" choices={milestoneStatusChoices} alwaysOn />,
  <FocusAreaInput key="focusAreaId" source="focusAreaId" />,
  <InitiativeInput key="initiativeId" source="initiativeId" />,
  <PersonInput key="responsiblePersonId" source="responsiblePersonId" />,
  <DayInput key="dueFrom" source="dueFrom" />,
  <DayInput key="dueTo" source="dueTo" />,
];

/**
 * The milestones with their filters, the ready-made ones above the table and the person's
 * saved ones in the filter button's menu. Those who may edit a milestone change its status
 * in its row, or select rows and change them together; an owner can select only the
 * milestones of their own initiatives. On a phone or an upright tablet, cards instead.
 */
export const MilestoneList = () => {
  const me = useMe();
  const small = useSmallScreen();
  const mayEdit = (m: MilestoneRecord) =>
    me !== undefined && canAccessAs(me, 'milestones', 'edit', { initiativeId: m.initiativeId });
  const mayEditAny = me !== undefined && canAccessAs(me, 'milestones', 'edit');
  return (
    <List
      filters={filters}
      actions={<ExportListActions />}
      // The server exports (every matching row, CSV or Excel): no export in the browser.
      exporter={false}
      sort={{ field: 'dueDate', order: 'ASC' }}
      perPage={25}
    >
      <MilestonePresetFilters />
      {small ? (
        <MilestoneCards />
      ) : (
        <DataTable<MilestoneRecord>
          rowClick="show"
          bulkActionButtons={mayEditAny ? <BulkStatusButton /> : false}
          bulkActionsToolbar={
            mayEditAny ? (
              <FocusKeepingBulkToolbar>
                <BulkStatusButton />
              </FocusKeepingBulkToolbar>
            ) : undefined
          }
          isRowSelectable={mayEdit}
          sx={TABLE_SCROLLS_ALONE}
        >
          <DataTable.Col source="title" field={RecordLinkField} />
          <DataTable.Col source="initiativeId" disableSort>
            <ReferenceField source="initiativeId" reference="initiatives">
              <TextField source="code" />
            </ReferenceField>
          </DataTable.Col>
          <DataTable.Col source="dueDate" field={DueDateField} />
          <DataTable.Col source="responsiblePersonId" disableSort>
            <ReferenceField source="responsiblePersonId" reference="people">
              <TextField source="name" />
            </ReferenceField>
          </DataTable.Col>
          <DataTable.Col source="status">
            <MilestoneStatusField />
          </DataTable.Col>
          <DataTable.Col source="completedOn" field={DayField} />
          <DataTable.Col source="overdue" field={OverdueField} disableSort />
        </DataTable>
      )}
    </List>
  );
};
