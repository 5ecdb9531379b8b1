import { useState } from 'react';
import { Alert, Box, Grid, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  CanAccess,
  CreateBase,
  DataTable,
  DeleteButton,
  RadioButtonGroupInput,
  ReferenceField,
  ReferenceInput,
  ReferenceManyField,
  required,
  SaveButton,
  SimpleForm,
  TextField,
  TextInput,
  Toolbar,
  useRecordContext,
  useRefresh,
  type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import {
  stateRefusal,
  type ReportingRoundRecord,
  type RoundOutcomeRecord,
} from '@pejling/contracts';
import { TABLE_SCROLLS_ALONE } from '../common/dataTableLooks';
import { outcomeKindChoices } from '../common/choices';
import { DayField } from '../common/DayField';
import { DayInput } from '../common/DayInput';
import { CardField, RecordCards } from '../common/RecordCards';
import { initiativeName, PersonInput } from '../common/references';
import { useSmallScreen } from '../common/useSmallScreen';
import { keepEmptyString } from '../common/validation';
import { usePageNotify, usePageTranslate } from '../i18n/pageMessages';
import { roundMessages } from './messages';
import { OutcomeKindField } from './OutcomeKindField';

type OutcomeValues = Partial<RoundOutcomeRecord>;

/**
 * An action item on an initiative becomes a milestone, which needs a due date. `message`
 * says so, in words: its key is the page's, which react-admin's error would not find.
 */
const dueForMilestone =
  (message: string): Validator =>
  (value, values: OutcomeValues) =>
    values.kind === 'action' && values.initiativeId != null && !value ? message : undefined;

/** A decision has no one responsible, no due date and no initiative. */
const forKind = (outcome: OutcomeValues): OutcomeValues =>
  outcome.kind === 'decision'
    ? { ...outcome, responsiblePersonId: null, dueDate: null, initiativeId: null }
    : { ...outcome, dueDate: outcome.dueDate || null };

/** Who, by when and on which initiative: an action item's inputs. */
const ActionInputs = ({ round }: { round: ReportingRoundRecord }) => {
  const translate = usePageTranslate(roundMessages);
  const kind = useWatch<OutcomeValues, 'kind'>({ name: 'kind' });
  if (kind !== 'action') return null;
  return (
    <>
      <Grid size={{ xs: 12, md: 6 }}>
        <PersonInput source="responsiblePersonId" />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <DayInput
          source="dueDate"
          validate={dueForMilestone(translate('pejling.outcome.due_required'))}
        />
      </Grid>
      <Grid size={{ xs: 12 }}>
        <ReferenceInput
          source="initiativeId"
          reference="initiatives"
          filter={{ id: round.initiativeIds }}
          sort={{ field: 'code', order: 'ASC' }}
          perPage={500}
        >
          <AutocompleteInput
            optionText={initiativeName}
            helperText={translate('pejling.outcome.initiative_help')}
            noOptionsText="pejling.no_options"
          />
        </ReferenceInput>
      </Grid>
    </>
  );
};

/**
 * Records a decision or an action item against the round. After each, an empty form for
 * the next. An action item on an initiative becomes one of its milestones.
 */
const AddOutcome = ({ round }: { round: ReportingRoundRecord }) => {
  const notify = usePageNotify(roundMessages);
  const refresh = useRefresh();
  const translate = usePageTranslate(roundMessages);
  // A new key: a fresh, empty form after each one saved.
  const [formKey, setFormKey] = useState(0);
  const onSuccess = (outcome: RoundOutcomeRecord) => {
    notify(outcome.milestoneId ? 'pejling.outcome.added_milestone' : 'pejling.outcome.added', {
      type: 'success',
    });
    setFormKey((key) => key + 1);
    refresh();
  };
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxWidth: 960 }}>
      <Typography variant="subtitle1" component="h3" sx={{ px: 2, pt: 2 }}>
        {translate('pejling.outcome.add')}
      </Typography>
      <CreateBase<RoundOutcomeRecord>
        key={formKey}
        resource="round-outcomes"
        record={{ roundId: round.id, kind: 'decision' }}
        redirect={false}
        transform={forKind}
        mutationOptions={{ onSuccess }}
      >
        <SimpleForm
          noValidate
          toolbar={
            <Toolbar>
              <SaveButton label={translate('pejling.outcome.save')} />
            </Toolbar>
          }
        >
          <Grid container columnSpacing={2} sx={{ width: '100%' }}>
            <Grid size={{ xs: 12 }}>
              <RadioButtonGroupInput
                source="kind"
                choices={outcomeKindChoices}
                validate={required()}
              />
            </Grid>
            <Grid size={{ xs: 12 }}>
              <TextInput
                source="text"
                multiline
                minRows={2}
                validate={required()}
                parse={keepEmptyString}
              />
            </Grid>
            <ActionInputs round={round} />
          </Grid>
        </SimpleForm>
      </CreateBase>
    </Box>
  );
};

const field = (source: string) => `resources.round-outcomes.fields.${source}`;

/** An action item's who, by when, on which initiative and as which milestone. */
const ActionFacts = () => {
  const outcome = useRecordContext<RoundOutcomeRecord>();
  if (outcome?.kind !== 'action') return null;
  return (
    <>
      <CardField label={field('responsiblePersonId')}>
        <ReferenceField source="responsiblePersonId" reference="people" emptyText="—" />
      </CardField>
      <CardField label={field('dueDate')}>
        <DayField source="dueDate" emptyText="—" />
      </CardField>
      <CardField label={field('initiativeId')}>
        <ReferenceField source="initiativeId" reference="initiatives" emptyText="—">
          <TextField source="code" />
        </ReferenceField>
      </CardField>
      <CardField label={field('milestoneId')}>
        <ReferenceField source="milestoneId" reference="milestones" emptyText="—" />
      </CardField>
    </>
  );
};

/**
 * A decision or action item on a phone or an upright tablet: its text over its kind (and
 * an action item's facts), and the way to delete it.
 */
const OutcomeCards = () => (
  <RecordCards<RoundOutcomeRecord>
    linked={false}
    title={<TextField source="text" sx={{ whiteSpace: 'pre-line', fontWeight: 500 }} />}
  >
    <OutcomeKindField source="kind" />
    <ActionFacts />
    <DeleteButton mutationMode="pessimistic" redirect={false} />
  </RecordCards>
);

/**
 * The steering group's decisions and action items for the round, and (for the steering
 * group and the secretariat, once the round is open and until it is reviewed) a form to
 * add one. Each can be deleted by whoever recorded it or the secretariat, until then.
 */
export const RoundOutcomes = () => {
  const round = useRecordContext<ReportingRoundRecord>();
  const translate = usePageTranslate(roundMessages);
  const small = useSmallScreen();
  if (!round) return null;
  return (
    <Stack spacing={2}>
      <ReferenceManyField<ReportingRoundRecord, RoundOutcomeRecord>
        reference="round-outcomes"
        target="roundId"
        sort={{ field: 'id', order: 'ASC' }}
        perPage={500}
        empty={<Typography variant="body2">{translate('pejling.outcome.none')}</Typography>}
      >
        {small ? (
          <OutcomeCards />
        ) : (
          <DataTable<RoundOutcomeRecord>
            rowClick={false}
            bulkActionButtons={false}
            sx={TABLE_SCROLLS_ALONE}
          >
            <DataTable.Col source="kind" field={OutcomeKindField} />
            <DataTable.Col source="text" disableSort>
              <TextField source="text" sx={{ whiteSpace: 'pre-line' }} />
            </DataTable.Col>
            <DataTable.Col source="responsiblePersonId" disableSort>
              <ReferenceField source="responsiblePersonId" reference="people" emptyText="—" />
            </DataTable.Col>
            <DataTable.Col source="dueDate" field={DayField} />
            <DataTable.Col source="initiativeId" disableSort>
              <ReferenceField source="initiativeId" reference="initiatives" emptyText="—">
                <TextField source="code" />
              </ReferenceField>
            </DataTable.Col>
            <DataTable.Col source="milestoneId" disableSort>
              <ReferenceField source="milestoneId" reference="milestones" emptyText="—" />
            </DataTable.Col>
            <DataTable.Col disableSort>
              <DeleteButton mutationMode="pessimistic" redirect={false} />
            </DataTable.Col>
          </DataTable>
        )}
      </ReferenceManyField>
      <CanAccess resource="round-outcomes" action="create">
        {round.state === 'draft' ? (
          <Alert severity="info">{translate('pejling.outcome.draft_round')}</Alert>
        ) : stateRefusal('round-outcomes', 'create', {
            roundReviewed: round.reviewedBy.length > 0,
          }) ? (
          <Alert severity="info">{translate('pejling.outcome.reviewed_round')}</Alert>
        ) : (
          <AddOutcome round={round} />
        )}
      </CanAccess>
    </Stack>
  );
};
