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

/**
 * The leads in the plan's order, each leading to its organisation (unless `link` is false),
 * an inferred one marked.
 */
const Leads = ({ inferred, link }: { inferred: number[]; link: boolean }) => {
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
          {link ? (
            <Chip
              size="small"
              clickable
              component={Link}
              to={createPath({ resource: 'organisations', id: organisation.id, type: 'show' })}
              onClick={(event: React.MouseEvent) => event.stopPropagation()}
              label={organisation.shortName}
              title={organisation.name}
            />
          ) : (
            <Chip size="small" label={organisation.shortName} title={organisation.name} />
          )}
          {inferred.includes(organisation.id) && (
            <InferredMark hint="pejling.leads.inferred_hint" />
          )}
        </Stack>
      ))}
    </Stack>
  );
};

/**
 * An initiative's lead organisations (`leadOrganisationIds`), in lists and on its page;
 * without links (`link={false}`) inside something that is a link itself, as a card.
 */
export const LeadOrganisationsField = ({
  link = true,
}: {
  source?: string;
  label?: string;
  link?: boolean;
}) => {
  const record = useRecordContext<InitiativeRecord>();
  if (!record) return null;
  return (
    <ReferenceArrayField source="leadOrganisationIds" reference="organisations">
      <Leads inferred={record.inferredLeadOrganisationIds} link={link} />
    </ReferenceArrayField>
  );
};
