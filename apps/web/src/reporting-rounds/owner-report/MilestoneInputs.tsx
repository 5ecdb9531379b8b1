import { lazy, Suspense, useRef } from 'react';
import { Box, CircularProgress, Grid, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { type Control, Controller, useWatch } from 'react-hook-form';
import {
  isMilestoneOverdue,
  type IsoDate,
  MILESTONE_STATUSES,
  type MilestoneRecord,
} from '@pejling/contracts';
import { formatDay } from '../../common/format';
import { OverdueChip } from '../../common/OverdueChip';
import { useIntlLocale } from '../../common/useIntlLocale';
import { usePageTranslate } from '../../i18n/pageMessages';
import { ownerReportMessages } from './messages';
import type { ReportValues } from './reportValues';

// The date picker comes with its own chunk, when a milestone is marked done: most reports
// mark none, and the form opens without it.
const DayPicker = lazy(async () => ({
  default: (await import('../../common/DayPicker')).DayPicker,
}));

/**
 * The day a milestone was done: typed or picked in the UI language's way, empty for today.
 * Not a day of the calendar, or after today: said under the field, which stops the form.
 */
const CompletedOnInput = ({
  control,
  index,
  today,
}: {
  control: Control<ReportValues>;
  index: number;
  today: IsoDate | undefined;
}) => {
  const translate = usePageTranslate(ownerReportMessages);
  // What is typed but no day yet: the form checks it before the next render.
  const typedInvalid = useRef(false);
  return (
    <Controller
      control={control}
      name={`milestones.${index}.completedOn`}
      rules={{
        validate: (value) =>
          typedInvalid.current
            ? translate('pejling.validation.invalid_day')
            : today && value && value > today
              ? translate('pejling.ownerReport.completed_in_future')
              : undefined,
      }}
      render={({ field, fieldState }) => (
        <Suspense fallback={<CircularProgress size={24} sx={{ m: 1 }} />}>
          <DayPicker
            value={field.value}
            onChange={(day, invalid) => {
              typedInvalid.current = invalid;
              field.onChange(day);
            }}
            id={`milestone-${index}-completed-on`}
            name={field.name}
            inputRef={field.ref}
            onBlur={field.onBlur}
            label={translate('resources.milestones.fields.completedOn')}
            error={fieldState.invalid}
            helperText={
              fieldState.error?.message ?? translate('pejling.ownerReport.completed_help')
            }
            size="small"
            margin="dense"
            variant="filled"
            fullWidth
          />
        </Suspense>
      )}
    />
  );
};

/** One milestone: what and when, its status, and (once done) the day it was done. */
const MilestoneRow = ({
  control,
  index,
  milestone,
  today,
}: {
  control: Control<ReportValues>;
  index: number;
  milestone: MilestoneRecord;
  today: IsoDate | undefined;
}) => {
  const translate = usePageTranslate(ownerReportMessages);
  const locale = useIntlLocale();
  const status = useWatch({ control, name: `milestones.${index}.status` });
  // As the status chosen here would leave it.
  const overdue =
    today != null && isMilestoneOverdue({ dueDate: milestone.dueDate, status }, today);
  return (
    <Grid
      container
      columnSpacing={2}
      sx={{ py: 1, borderBottom: 1, borderColor: 'divider', alignItems: 'center' }}
      data-testid={`milestone-${milestone.id}`}
    >
      <Grid size={{ xs: 12, md: 6 }}>
        <Typography variant="body2" component="p" sx={{ fontWeight: 500 }}>
          {milestone.title}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5 }}>
          <Typography variant="caption" color="text.secondary">
            {translate('pejling.ownerReport.due', { date: formatDay(milestone.dueDate, locale) })}
          </Typography>
          <OverdueChip overdue={overdue} />
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <Controller
          control={control}
          name={`milestones.${index}.status`}
          render={({ field: { ref, ...field } }) => (
            <TextField
              {...field}
              inputRef={ref}
              select
              id={`milestone-${index}-status`}
              label={translate('resources.milestones.fields.status')}
            >
              {MILESTONE_STATUSES.map((choice) => (
                <MenuItem key={choice} value={choice}>
                  {translate(`pejling.milestoneStatus.${choice}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        {status === 'done' && <CompletedOnInput control={control} index={index} today={today} />}
      </Grid>
    </Grid>
  );
};

/**
 * The initiative's open milestones, each with its status to update along with the report
 * (and the day it was done). Saved with the report, in one go.
 */
export const MilestoneInputs = ({
  control,
  milestones,
  closedCount,
  today,
}: {
  control: Control<ReportValues>;
  milestones: MilestoneRecord[];
  closedCount: number;
  today: IsoDate | undefined;
}) => {
  const translate = usePageTranslate(ownerReportMessages);
  return (
    <Box>
      {milestones.length === 0 ? (
        <Typography variant="body2">
          {translate('pejling.ownerReport.no_open_milestones')}
        </Typography>
      ) : (
        milestones.map((milestone, index) => (
          <MilestoneRow
            key={milestone.id}
            control={control}
            index={index}
            milestone={milestone}
            today={today}
          />
        ))
      )}
      {closedCount > 0 && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {translate('pejling.ownerReport.closed_milestones', { smart_count: closedCount })}
        </Typography>
      )}
    </Box>
  );
};
