import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DayField } from '../common/DayField';

export const StrategyShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="subtitle" emptyText="—" />
      <DayField source="periodStart" />
      <DayField source="periodEnd" />
      <TextField source="vision" sx={{ whiteSpace: 'pre-line' }} />
    </SimpleShowLayout>
  </Show>
);
