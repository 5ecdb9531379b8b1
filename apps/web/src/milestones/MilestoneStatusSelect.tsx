import type { MouseEvent } from 'react';
import { Box, CircularProgress, MenuItem, Select, Typography } from '@mui/material';
import { useRecordContext, useRefresh, useUpdate } from 'react-admin';
import { MILESTONE_STATUSES, type MilestoneRecord, type MilestoneStatus } from '@pejling/contracts';
import { currentOf } from '../api/client';
import { canAccessAs } from '../auth/canAccess';
import { useMe } from '../auth/useMe';
import { useReportFailure } from '../common/useServerAction';
import { MilestoneStatusChip } from './MilestoneStatusChip';
import { usePageNotify, usePageTranslate } from '../i18n/pageMessages';
import { statusChangeMessages } from './statusChangeMessages';

/** A list row opens the record on click; choosing a status must not. */
const stayInRow = (event: MouseEvent) => event.stopPropagation();

/**
 * A milestone's status, changed on the spot by those who may edit the milestone (the
 * secretariat; an owner for their own initiatives) and shown as a chip to everyone else.
 *
 * The change is saved at once with the record's `version` and shown only when the server
 * has accepted it (done gets `completedOn` there). If someone else changed the milestone
 * first, the server answers 409: the person is told so, with the status now stored, and
 * the lists reload to show it. Nothing is retried or lost silently.
 */
export const MilestoneStatusSelect = ({ record }: { record: MilestoneRecord }) => {
  const translate = usePageTranslate(statusChangeMessages);
  const notify = usePageNotify(statusChangeMessages);
  const refresh = useRefresh();
  const reportFailure = useReportFailure();
  const me = useMe();
  const [update, { isPending }] = useUpdate<MilestoneRecord>();

  if (!me || !canAccessAs(me, 'milestones', 'edit', { initiativeId: record.initiativeId })) {
    return <MilestoneStatusChip status={record.status} />;
  }

  const statusName = (status: MilestoneStatus) => translate(`pejling.milestoneStatus.${status}`);

  const save = (status: MilestoneStatus) =>
    update(
      'milestones',
      { id: record.id, data: { ...record, status }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: (saved) =>
          notify('pejling.milestoneStatusChange.saved', {
            type: 'success',
            messageArgs: { title: saved.title, status: statusName(saved.status) },
          }),
        onError: (error) => {
          const current = currentOf<MilestoneRecord>(error);
          if (!current) {
            void reportFailure(error);
            return;
          }
          notify('pejling.milestoneStatusChange.conflict', {
            type: 'warning',
            autoHideDuration: 15_000,
            messageArgs: { title: current.title, status: statusName(current.status) },
          });
          refresh();
        },
      },
    );

  return (
    <Box
      onClick={stayInRow}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}
      aria-busy={isPending}
    >
      <Select<MilestoneStatus>
        size="small"
        value={record.status}
        disabled={isPending}
        onChange={(event) => save(event.target.value as MilestoneStatus)}
        inputProps={{
          'aria-label': translate('pejling.milestoneStatusChange.label', { title: record.title }),
        }}
        // Compact in a table row; on a phone or a tablet, tall enough for a thumb (44 px).
        sx={{
          minWidth: 120,
          typography: 'body2',
          '& .MuiSelect-select': { py: { xs: 1.5, md: 0.5 } },
        }}
      >
        {MILESTONE_STATUSES.map((status) => (
          <MenuItem key={status} value={status}>
            {statusName(status)}
          </MenuItem>
        ))}
      </Select>
      {isPending && (
        <Typography variant="caption" role="status" sx={{ display: 'inline-flex', gap: 0.5 }}>
          <CircularProgress size={14} aria-hidden />
          {translate('pejling.milestoneStatusChange.saving')}
        </Typography>
      )}
    </Box>
  );
};

/** The select for the milestone in the record context: a list row, a show page. */
export const MilestoneStatusField = () => {
  const record = useRecordContext<MilestoneRecord>();
  return record ? <MilestoneStatusSelect record={record} /> : null;
};
