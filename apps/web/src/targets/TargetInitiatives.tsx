import { Box, Stack, Typography } from '@mui/material';
import {
  DataTable,
  EditButton,
  NumberField,
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
import { TABLE_SCROLLS_ALONE } from '../common/dataTableLooks';
import { CardField, RecordCards } from '../common/RecordCards';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';

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
 * it contributes, in code order (as cards on a phone or an upright tablet); the
 * secretariat changes them on the target's edit page.
 */
export const TargetInitiatives = (_props: { label?: false }) => {
  const target = useRecordContext<TargetRecord>();
  const translate = useTranslate();
  const me = useMe();
  const small = useSmallScreen();
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
        {small ? (
          <RecordCards<InitiativeRecord>
            title={(initiative) => `${initiative.code} ${initiative.title}`}
          >
            <HealthField source="health" />
            <Box sx={{ width: 160 }}>
              <ProgressField source="progress" />
            </Box>
            <CardField label="resources.initiatives.fields.milestonesOverdue">
              <NumberField source="milestonesOverdue" />
            </CardField>
            <Contribution target={target} />
          </RecordCards>
        ) : (
          <DataTable<InitiativeRecord>
            rowClick="show"
            bulkActionButtons={false}
            sx={TABLE_SCROLLS_ALONE}
          >
            <DataTable.Col source="code" />
            <DataTable.Col source="title" field={RecordLinkField} />
            <DataTable.Col source="health" field={HealthField} />
            <DataTable.Col source="progress" field={ProgressField} />
            <DataTable.NumberCol source="milestonesOverdue" disableSort />
            <DataTable.Col label="pejling.targetLinks.contribution" disableSort>
              <Contribution target={target} />
            </DataTable.Col>
          </DataTable>
        )}
      </ReferenceManyField>
      {me && canAccessAs(me, 'targets', 'edit') && (
        <div>
          <EditButton label="pejling.targetLinks.edit" />
        </div>
      )}
    </Stack>
  );
};
