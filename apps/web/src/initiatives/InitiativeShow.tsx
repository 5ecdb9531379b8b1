import type { ReactNode } from 'react';
import { Box, Grid, Stack } from '@mui/material';
import {
  CanAccess,
  ChipField,
  RecordField,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  Show,
  SingleFieldList,
  TextField,
  useTranslate,
  WithRecord,
} from 'react-admin';
import type { InitiativeRecord } from '@pejling/contracts';
import { AttachmentList } from '../attachments/AttachmentList';
import { InitiativeComments } from '../comments/InitiativeComments';
import { initiativeStatusChoices, progressMethodChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { formatPercent } from '../common/format';
import { HealthField } from '../common/HealthField';
import { ProgressField } from '../common/ProgressField';
import { Section } from '../common/Section';
import { useIntlLocale } from '../common/useIntlLocale';
import { InitiativeHistory } from './InitiativeHistory';
import { InitiativeMilestones } from './InitiativeMilestones';
import { InitiativeReports } from './InitiativeReports';
import { LeadOrganisationsField } from './LeadOrganisationsField';
import { ProgressExplanation } from './ProgressExplanation';

const empty = '—';

const Cell = ({ children, wide = false }: { children: ReactNode; wide?: boolean }) => (
  <Grid size={wide ? { xs: 12 } : { xs: 12, sm: 6, md: 4 }}>{children}</Grid>
);

export const InitiativeShow = () => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const percent = (value: number | null) => (value == null ? empty : formatPercent(value, locale));
  return (
    <Show>
      <Stack spacing={3} sx={{ p: 2 }}>
        <Grid container spacing={2}>
          <Cell>
            <RecordField source="code" />
          </Cell>
          <Cell>
            <RecordField source="focusAreaId">
              <ReferenceField source="focusAreaId" reference="focus-areas" />
            </RecordField>
          </Cell>
          <Cell>
            <RecordField source="status">
              <SelectField source="status" choices={initiativeStatusChoices} />
            </RecordField>
          </Cell>
          <Cell>
            <RecordField source="health" field={HealthField} />
          </Cell>
          <Cell>
            <RecordField source="startDate" field={DayField} empty={empty} />
          </Cell>
          <Cell>
            <RecordField source="endDate" field={DayField} empty={empty} />
          </Cell>
          <Cell wide>
            <RecordField source="description">
              <TextField source="description" sx={{ whiteSpace: 'pre-line' }} />
            </RecordField>
          </Cell>
        </Grid>

        <Section title="pejling.section.responsibility">
          <Grid container spacing={2}>
            <Cell>
              <RecordField source="leadOrganisationIds" empty={empty}>
                <LeadOrganisationsField />
              </RecordField>
            </Cell>
            <Cell>
              <RecordField source="partnerOrganisationIds" empty={empty}>
                <ReferenceArrayField source="partnerOrganisationIds" reference="organisations">
                  <SingleFieldList linkType="show" empty={empty}>
                    <ChipField source="shortName" size="small" />
                  </SingleFieldList>
                </ReferenceArrayField>
              </RecordField>
            </Cell>
            <Cell>
              <RecordField source="responsiblePersonIds" empty={empty}>
                <ReferenceArrayField source="responsiblePersonIds" reference="people">
                  <SingleFieldList linkType="show" empty={empty}>
                    <ChipField source="name" size="small" />
                  </SingleFieldList>
                </ReferenceArrayField>
              </RecordField>
            </Cell>
          </Grid>
        </Section>

        <Section title="resources.initiatives.fields.progress">
          <Box sx={{ maxWidth: 480 }}>
            <ProgressField source="progress" />
          </Box>
          <ProgressExplanation />
          <Grid container spacing={2}>
            <Cell>
              <RecordField source="progressMethod">
                <SelectField source="progressMethod" choices={progressMethodChoices} />
              </RecordField>
            </Cell>
            <Cell>
              <RecordField<InitiativeRecord>
                source="milestonesDone"
                render={(record) =>
                  translate('pejling.progress.done_of_counted', {
                    done: record.milestonesDone,
                    counted: record.milestonesCounted,
                  })
                }
              />
            </Cell>
            <Cell>
              <RecordField<InitiativeRecord>
                source="progressComputed"
                render={(record) => percent(record.progressComputed)}
              />
            </Cell>
            <Cell>
              <RecordField<InitiativeRecord>
                source="progressOverride"
                render={(record) => percent(record.progressOverride)}
              />
            </Cell>
            <Cell wide>
              <RecordField source="progressOverrideReason" empty={empty} />
            </Cell>
          </Grid>
        </Section>

        <Section title="resources.initiatives.fields.milestones">
          <InitiativeMilestones />
        </Section>

        <Section title="resources.initiatives.fields.statusReports">
          <InitiativeReports />
        </Section>

        <Section title="pejling.attachments.title">
          <WithRecord
            render={(record) => <AttachmentList parentType="initiative" parentId={record.id} />}
          />
        </Section>

        <Section title="pejling.comments.title">
          <InitiativeComments />
        </Section>

        <CanAccess resource="audit-events" action="list">
          <Section title="pejling.section.history">
            <InitiativeHistory />
          </Section>
        </CanAccess>
      </Stack>
    </Show>
  );
};
