import { type MouseEvent, useState } from 'react';
import { Box, CircularProgress, MenuItem, Select, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MILESTONE_STATUSES, type MilestoneRecord, type MilestoneStatus } from '@pejling/contracts';
import { currentOf } from '../api/client';
import { canAccessAs } from '../auth/canAccess';
import { useMe } from '../auth/useMe';
import { useReportFailure } from '../common/useServerAction';
import { MilestoneStatusChip } from './MilestoneStatusChip';
import { usePageNotify, usePageTranslate } from '../i18n/pageMessages';
import { useShell } from '../shell/shell';
import { statusChangeMessages } from './statusChangeMessages';

/** A list row opens the record on click; choosing a status must not. */
const stayInRow = (event: MouseEvent) => event.stopPropagation();

/**
 * A milestone's status, changed on the spot by those who may edit the milestone (the
 * secretariat; an owner for their own initiatives) and shown as a chip to everyone else.
 *
 * The change is saved at once with the record's `version`; the status chosen shows while
 * it is saved, then what the server answered (done gets `completedOn` there). If someone
 * else changed the milestone first, the server answers 409: the person is told so, with
 * the status now stored, and everything is read again to show it. Nothing is retried or
 * lost silently.
 */
export const MilestoneStatusSelect = ({
  record,
  onSaved,
}: {
  record: MilestoneRecord;
  /** After a save the server accepted: what depends on the milestone reads again. */
  onSaved?: (saved: MilestoneRecord) => void;
}) => {
  const translate = usePageTranslate(statusChangeMessages);
  const notify = usePageNotify(statusChangeMessages);
  const queryClient = useQueryClient();
  const { saveRecord } = useShell();
  const reportFailure = useReportFailure();
  const me = useMe();
  // What the server answered the last save, until the record read again is as new: a
  // second change saves on top of the first, with its version.
  const [saved, setSaved] = useState<MilestoneRecord>();
  const latest = saved && saved.version > record.version ? saved : record;
  const statusName = (status: MilestoneStatus) => translate(`pejling.milestoneStatus.${status}`);
  const {
    mutate: save,
    isPending,
    variables: chosen,
  } = useMutation({
    mutationFn: (status: MilestoneStatus) =>
      saveRecord('milestones', { ...latest, status }, latest),
    onSuccess: (answer) => {
      setSaved(answer);
      notify('pejling.milestoneStatusChange.saved', {
        type: 'success',
        messageArgs: { title: answer.title, status: statusName(answer.status) },
      });
      onSaved?.(answer);
    },
    onError: async (error) => {
      const current = currentOf<MilestoneRecord>(error);
      if (!current) {
        await reportFailure(error);
        return;
      }
      notify('pejling.milestoneStatusChange.conflict', {
        type: 'warning',
        autoHideDuration: 15_000,
        messageArgs: { title: current.title, status: statusName(current.status) },
      });
      // Everything shown may be as stale as this record was: react-admin's refresh.
      void queryClient.invalidateQueries();
    },
  });
  if (!me || !canAccessAs(me, 'milestones', 'edit', { initiativeId: record.initiativeId })) {
    return <MilestoneStatusChip status={latest.status} />;
  }

  return (
    <Box
      onClick={stayInRow}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}
      aria-busy={isPending}
    >
      <Select<MilestoneStatus>
        size="small"
        // While it is saved, the status chosen.
        value={isPending && chosen ? chosen : latest.status}
        disabled={isPending}
        onChange={(event) => save(event.target.value as MilestoneStatus)}
        inputProps={{
          'aria-label': translate('pejling.milestoneStatusChange.label', { title: latest.title }),
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
