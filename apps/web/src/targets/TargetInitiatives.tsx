import { Box, Stack, Typography } from '@mui/material';
import {
  DataTable,
  EditButton,
  ReferenceManyField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { InitiativeRecord, TargetRecord } from '@pejling/contracts';
import { HealthField } from '../common/HealthField';
import { ProgressField } from '../common/ProgressField';
import { useMe } from '../auth/useMe';
import { canAccessAs } from '../auth/canAccess';
import { InferredMark } from '../common/InferredMark';
import { SCROLLS_ALONE } from '../common/scrollsAlone';

/** How the initiative in the row contributes to `target`, and whether that is inferred. */
const Contribution = ({ target }: { target: TargetRecord }) => {
  const initiative = useRecordContext<InitiativeRecord>();
  const link = target.initiativeLinks.find((l) => l.initiativeId === initiative?.id);
  if (!link) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2">{link.contribution}</Typography>
      {link.inferred && <InferredMark hint="pejling.targetLinks.inferred_hint" />}
    </Stack>
  );
};

/**
 * The initiatives that should move the target: how each stands (health, progress) and how
 * it contributes, in code order; the secretariat changes them on the target's edit page.
 */
export const TargetInitiatives = (_props: { label?: false }) => {
  const target = useRecordContext<TargetRecord>();
  const translate = useTranslate();
  const me = useMe();
  if (!target) return null;
  return (
    <Stack spacing={1} component="section" aria-labelledby="target-initiatives">
      <Typography variant="h6" component="h2" id="target-initiatives">
        {translate('pejling.targetLinks.title')}
      </Typography>
      <ReferenceManyField
        reference="initiatives"
        target="targetId"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={100}
        empty={<Typography variant="body2">{translate('pejling.targetLinks.none')}</Typography>}
      >
        <Box sx={SCROLLS_ALONE}>
          <DataTable<InitiativeRecord> rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="code" />
            <DataTable.Col source="title" />
            <DataTable.Col source="health" field={HealthField} />
            <DataTable.Col source="progress" field={ProgressField} />
            <DataTable.NumberCol source="milestonesOverdue" disableSort />
            <DataTable.Col label="pejling.targetLinks.contribution" disableSort>
              <Contribution target={target} />
            </DataTable.Col>
          </DataTable>
        </Box>
      </ReferenceManyField>
      {me && canAccessAs(me, 'targets', 'edit') && (
        <div>
          <EditButton label="pejling.targetLinks.edit" />
        </div>
      )}
    </Stack>
  );
};
