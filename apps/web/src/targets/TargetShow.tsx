import { BooleanField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { TargetInitiatives } from './TargetInitiatives';
import { TargetMeasurements } from './TargetMeasurements';
import { TargetSeriesField } from './TargetSeriesField';

export const TargetShow = () => (
  <Show>
    <SimpleShowLayout>
      <NumberField source="number" />
      <TextField source="title" />
      <TextField source="description" sx={{ whiteSpace: 'pre-line' }} />
      <TextField source="unit" />
      <BooleanField source="byRegion" />
      <TargetSeriesField source="series" />
      <TargetInitiatives label={false} />
      <TargetMeasurements label={false} />
    </SimpleShowLayout>
  </Show>
);
