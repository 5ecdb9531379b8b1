import { useEffect, useRef } from 'react';
import { Alert, Box, Grid, Stack, Typography } from '@mui/material';
import {
  AutocompleteArrayInput,
  DeleteButton,
  NumberInput,
  ReferenceArrayField,
  ReferenceArrayInput,
  ReferenceInput,
  maxValue,
  minValue,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  Toolbar,
  TextInput,
  useRecordContext,
  useTranslate,
  WithListContext,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { InitiativeRecord, ReportingRoundRecord } from '@pejling/contracts';
import { DayInput } from '../common/DayInput';
import { initiativeName } from '../common/references';
import { keepEmptyString, notBefore, wholeNumber } from '../common/validation';

type RoundValues = Partial<ReportingRoundRecord>;

const half = { xs: 12, md: 6 };
const validateMeeting = [required(), notBefore('dueDate', 'pejling.validation.meeting_before_due')];
const validateYear = [wholeNumber, minValue(1900), maxValue(2200)];

/**
 * An open round's initiatives, fixed now: as a list to read, not as an input that looks
 * disabled (and had words too faint to read, and chips wider than a phone).
 */
const FixedScope = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={0.5} sx={{ mb: 2 }}>
      <Typography variant="caption" color="text.secondary" id="round-scope">
        {translate('resources.reporting-rounds.fields.initiativeIds')}
      </Typography>
      <ReferenceArrayField
        source="initiativeIds"
        reference="initiatives"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={500}
      >
        <WithListContext<InitiativeRecord>
          render={({ data }) => (
            <Box component="ul" aria-labelledby="round-scope" sx={{ m: 0, pl: 2.5 }}>
              {data?.map((initiative) => (
                <Typography component="li" variant="body2" key={initiative.id}>
                  {initiativeName(initiative)}
                </Typography>
              ))}
            </Box>
          )}
        />
      </ReferenceArrayField>
      <Typography variant="caption" color="text.secondary">
        {translate('pejling.round.scope_fixed')}
      </Typography>
    </Stack>
  );
};

/**
 * The initiatives the round asks, of the chosen strategy only. On a new round an empty
 * choice means the server's default (those not completed or cancelled); once the round
 * is open the scope is fixed, and shown as a list. Choosing another strategy empties the choice.
 */
const ScopeInput = ({ fixed }: { fixed: boolean }) => {
  const translate = useTranslate();
  const record = useRecordContext<ReportingRoundRecord>();
  const strategyId = useWatch<RoundValues, 'strategyId'>({ name: 'strategyId' });
  const { setValue } = useFormContext<RoundValues>();
  const previous = useRef(strategyId);
  useEffect(() => {
    if (previous.current !== undefined && previous.current !== strategyId) {
      setValue('initiativeIds', [], { shouldDirty: true });
    }
    previous.current = strategyId;
  }, [strategyId, setValue]);

  if (fixed) return <FixedScope />;
  const helperText = record
    ? translate('pejling.round.scope_help')
    : translate('pejling.round.scope_default');
  return (
    <ReferenceArrayInput
      source="initiativeIds"
      reference="initiatives"
      filter={{ strategyId }}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={500}
      queryOptions={{ enabled: strategyId != null }}
    >
      <AutocompleteArrayInput
        optionText={initiativeName}
        helperText={helperText}
        disabled={!strategyId}
        noOptionsText="pejling.no_options"
      />
    </ReferenceArrayInput>
  );
};

/** Save, and for a draft only, delete: a round that has been open stays on record. */
const RoundToolbar = () => {
  const record = useRecordContext<ReportingRoundRecord>();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {record?.state === 'draft' && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
};

/**
 * A round's inputs, for create and edit. What may change follows the state: a draft in
 * every way but its strategy; an open round its title and dates only (not what it asks
 * for). A closed round has no edit page (see `canAccess`).
 */
export const ReportingRoundForm = ({ defaultValues }: { defaultValues?: RoundValues }) => {
  const translate = useTranslate();
  const record = useRecordContext<ReportingRoundRecord>();
  const open = record?.state === 'open';
  return (
    <SimpleForm defaultValues={defaultValues} toolbar={<RoundToolbar />} noValidate>
      <Grid container columnSpacing={2} sx={{ width: '100%', maxWidth: 960 }}>
        {open && (
          <Grid size={{ xs: 12 }}>
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('pejling.round.edit_open')}
            </Alert>
          </Grid>
        )}
        <Grid size={{ xs: 12 }}>
          <ReferenceInput source="strategyId" reference="strategies">
            <SelectInput
              optionText="name"
              validate={required()}
              readOnly={record != null}
              helperText={record ? 'pejling.round.strategy_fixed' : false}
            />
          </ReferenceInput>
        </Grid>
        <Grid size={{ xs: 12 }}>
          <TextInput source="title" validate={required()} parse={keepEmptyString} />
        </Grid>
        <Grid size={half}>
          <DayInput source="dueDate" validate={required()} helperText="pejling.round.due_help" />
        </Grid>
        <Grid size={half}>
          <DayInput source="meetingDate" validate={validateMeeting} />
        </Grid>
        <Grid size={{ xs: 12 }}>
          <ScopeInput fixed={open} />
        </Grid>
        <Grid size={half}>
          {/* The year whose target figures the round asks the data owners for, if any. */}
          <NumberInput
            source="figuresYear"
            min={1900}
            max={2200}
            step={1}
            validate={validateYear}
            readOnly={open}
            helperText={open ? 'pejling.round.scope_fixed' : 'pejling.round.figures_help'}
          />
        </Grid>
      </Grid>
    </SimpleForm>
  );
};
