import { Box } from '@mui/material';
import { SelectField } from 'react-admin';
import type { InitiativeRecord } from '@pejling/contracts';
import { initiativeStatusChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { HealthField } from '../common/HealthField';
import { ProgressField } from '../common/ProgressField';
import { CardField, RecordCards } from '../common/RecordCards';
import { LeadOrganisationsField } from './LeadOrganisationsField';

/**
 * Initiatives on a phone or an upright tablet (the initiative list, a focus area's page):
 * how each stands, in a card that opens it.
 */
export const InitiativeCards = () => (
  <RecordCards<InitiativeRecord> title={(initiative) => `${initiative.code} ${initiative.title}`}>
    <CardField label="resources.initiatives.fields.status">
      <SelectField source="status" choices={initiativeStatusChoices} />
    </CardField>
    <HealthField source="health" />
    <Box sx={{ width: 160 }}>
      <ProgressField source="progress" />
    </Box>
    <LeadOrganisationsField link={false} />
    <CardField label="resources.initiatives.fields.endDate">
      <DayField source="endDate" emptyText="—" />
    </CardField>
  </RecordCards>
);
