import {
  BooleanField,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
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
      <ReferenceField
        source="dataOwnerOrganisationId"
        reference="organisations"
        emptyText="pejling.figures.no_data_owner"
      >
        <TextField source="name" />
      </ReferenceField>
      <ReferenceField source="dataOwnerPersonId" reference="people" emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <TargetSeriesField source="series" />
      <TargetInitiatives label={false} />
      <TargetMeasurements label={false} />
    </SimpleShowLayout>
  </Show>
);
