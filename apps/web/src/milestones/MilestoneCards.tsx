import { ReferenceField, TextField } from 'react-admin';
import type { MilestoneRecord } from '@pejling/contracts';
import { DueDateField } from '../common/DueDateField';
import { OverdueField } from '../common/OverdueField';
import { CardField, RecordCards } from '../common/RecordCards';
import { MilestoneStatusChipField } from './MilestoneStatusFields';

/**
 * Milestones on a phone or an upright tablet, each a card with what an owner looks for:
 * its title, its initiative (left out on the initiative's own page), due date, who answers
 * for it, its status in words and whether it is overdue. The card leads to the milestone.
 */
export const MilestoneCards = ({ initiative = true }: { initiative?: boolean }) => (
  <RecordCards<MilestoneRecord> title={(milestone) => milestone.title}>
    {initiative && (
      <CardField label="resources.milestones.fields.initiativeId">
        <ReferenceField source="initiativeId" reference="initiatives" link={false}>
          <TextField source="code" />
        </ReferenceField>
      </CardField>
    )}
    <CardField label="resources.milestones.fields.dueDate">
      <DueDateField />
    </CardField>
    <CardField label="resources.milestones.fields.responsiblePersonId">
      <ReferenceField source="responsiblePersonId" reference="people" link={false} emptyText="—">
        <TextField source="name" />
      </ReferenceField>
    </CardField>
    <MilestoneStatusChipField />
    <OverdueField source="overdue" />
  </RecordCards>
);
