import { Box, Grid, Stack, Typography } from '@mui/material';
import { required, SelectInput, type Validator } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { isMilestoneOverdue, type IsoDate, type MilestoneRecord } from '@pejling/contracts';
import { milestoneStatusChoices } from '../../common/choices';
import { DayInput } from '../../common/DayInput';
import { formatDay } from '../../common/format';
import { OverdueChip } from '../../common/OverdueChip';
import { useIntlLocale } from '../../common/useIntlLocale';
import { usePageTranslate } from '../../i18n/pageMessages';
import { ownerReportMessages } from './messages';
import type { ReportValues } from './reportValues';

/** A milestone cannot have been done after today: `message` says so. */
const notAfter =
  (today: IsoDate | undefined, message: string): Validator =>
  (value: unknown) =>
    today && typeof value === 'string' && value > today ? message : undefined;

/** One milestone: what and when, its status, and (once done) the day it was done. */
const MilestoneRow = ({
  index,
  milestone,
  today,
}: {
  index: number;
  milestone: MilestoneRecord;
  today: IsoDate | undefined;
}) => {
  const translate = usePageTranslate(ownerReportMessages);
  const locale = useIntlLocale();
  const status = useWatch<ReportValues, `milestones.${number}.status`>({
    name: `milestones.${index}.status`,
  });
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
        <SelectInput
          source={`milestones.${index}.status`}
          label="resources.milestones.fields.status"
          choices={milestoneStatusChoices}
          validate={required()}
          helperText={false}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        {status === 'done' && (
          <DayInput
            source={`milestones.${index}.completedOn`}
            label="resources.milestones.fields.completedOn"
            helperText={translate('pejling.ownerReport.completed_help')}
            validate={notAfter(today, translate('pejling.ownerReport.completed_in_future'))}
          />
        )}
      </Grid>
    </Grid>
  );
};

/**
 * The initiative's open milestones, each with its status to update along with the report
 * (and the day it was done). Saved with the report, in one go.
 */
export const MilestoneInputs = ({
  milestones,
  closedCount,
  today,
}: {
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
          <MilestoneRow key={milestone.id} index={index} milestone={milestone} today={today} />
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
