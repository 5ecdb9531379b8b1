import { Chip, Stack } from '@mui/material';
import {
  Link,
  ReferenceArrayField,
  useCreatePath,
  useListContext,
  useRecordContext,
} from 'react-admin';
import type { InitiativeRecord, OrganisationRecord } from '@pejling/contracts';
import { InferredMark } from '../common/InferredMark';

/** The leads in the plan's order, each leading to its organisation, an inferred one marked. */
const Leads = ({ inferred }: { inferred: number[] }) => {
  const { data } = useListContext<OrganisationRecord>();
  const createPath = useCreatePath();
  if (!data) return null;
  return (
    <Stack
      direction="row"
      useFlexGap
      spacing={0.5}
      sx={{ flexWrap: 'wrap', alignItems: 'center' }}
      data-testid="lead-organisations"
    >
      {data.map((organisation) => (
        <Stack key={organisation.id} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <Chip
            size="small"
            clickable
            component={Link}
            to={createPath({ resource: 'organisations', id: organisation.id, type: 'show' })}
            onClick={(event: React.MouseEvent) => event.stopPropagation()}
            label={organisation.shortName}
            title={organisation.name}
          />
          {inferred.includes(organisation.id) && (
            <InferredMark hint="pejling.leads.inferred_hint" />
          )}
        </Stack>
      ))}
    </Stack>
  );
};

/** An initiative's lead organisations (`leadOrganisationIds`), in lists and on its page. */
export const LeadOrganisationsField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<InitiativeRecord>();
  if (!record) return null;
  return (
    <ReferenceArrayField source="leadOrganisationIds" reference="organisations">
      <Leads inferred={record.inferredLeadOrganisationIds} />
    </ReferenceArrayField>
  );
};
