import { useState } from 'react';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
} from '@mui/material';
import { Button, useDataProvider, useListContext, useRefresh, type Identifier } from 'react-admin';
import {
  MILESTONE_STATUSES,
  type MilestoneRecord,
  type MilestoneStatus,
  type StaleMilestones,
} from '@pejling/contracts';
import { currentOf } from '../api/client';
import { api } from '../api/endpoints';
import { useReportFailure } from '../common/useServerAction';
import { usePageNotify, usePageTranslate } from '../i18n/pageMessages';
import { statusChangeMessages } from './statusChangeMessages';

/**
 * The versions of the selected milestones as the person saw them: from the page shown, and
 * for a selection kept from another page, as the data provider has them now.
 */
const useSelectedVersions = () => {
  const dataProvider = useDataProvider();
  const { selectedIds, data = [] } = useListContext<MilestoneRecord>();
  return async () => {
    const shown = new Map(data.map((m) => [m.id as Identifier, m.version]));
    const elsewhere = selectedIds.filter((id) => !shown.has(id));
    if (elsewhere.length) {
      const { data: more } = await dataProvider.getMany<MilestoneRecord>('milestones', {
        ids: elsewhere,
      });
      for (const m of more) shown.set(m.id, m.version);
    }
    return selectedIds.map((id) => ({ id: Number(id), version: shown.get(id) as number }));
  };
};

/**
 * The list's bulk action: one status for the selected milestones, all or none. The server
 * refuses the whole change if any of them was changed since it was read (409): the person
 * is told how many, and the list reloads so they can choose again.
 */
export const BulkStatusButton = () => {
  const translate = usePageTranslate(statusChangeMessages);
  const notify = usePageNotify(statusChangeMessages);
  const refresh = useRefresh();
  const reportFailure = useReportFailure();
  const { selectedIds, onUnselectItems } = useListContext<MilestoneRecord>();
  const selectedVersions = useSelectedVersions();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<MilestoneStatus>('done');
  const [pending, setPending] = useState(false);
  const statusName = translate(`pejling.milestoneStatus.${status}`);

  const apply = async () => {
    setPending(true);
    try {
      const result = await api.milestones.changeStatus({
        status,
        milestones: await selectedVersions(),
      });
      notify('pejling.milestoneStatusChange.bulk_done', {
        type: 'success',
        messageArgs: { smart_count: result.changed, status: statusName },
      });
      onUnselectItems();
      setOpen(false);
      refresh();
    } catch (error) {
      const stale = currentOf<StaleMilestones['current']>(error);
      if (stale) {
        notify('pejling.milestoneStatusChange.bulk_conflict', {
          type: 'warning',
          autoHideDuration: 15_000,
          messageArgs: { smart_count: stale.length },
        });
        setOpen(false);
        refresh();
      } else {
        await reportFailure(error);
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button
        label={translate('pejling.milestoneStatusChange.bulk_button')}
        onClick={() => setOpen(true)}
      >
        <SwapHorizIcon />
      </Button>
      <Dialog
        open={open}
        onClose={() => !pending && setOpen(false)}
        aria-labelledby="bulk-status-title"
      >
        <DialogTitle id="bulk-status-title">
          {translate('pejling.milestoneStatusChange.bulk_title', {
            smart_count: selectedIds.length,
          })}
        </DialogTitle>
        <DialogContent>
          <TextField
            select
            fullWidth
            label={translate('pejling.milestoneStatusChange.new_status')}
            value={status}
            onChange={(event) => setStatus(event.target.value as MilestoneStatus)}
            disabled={pending}
            sx={{ mt: 1 }}
          >
            {MILESTONE_STATUSES.map((s) => (
              <MenuItem key={s} value={s}>
                {translate(`pejling.milestoneStatus.${s}`)}
              </MenuItem>
            ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)} disabled={pending}>
            {translate('ra.action.cancel')}
          </MuiButton>
          <MuiButton variant="contained" onClick={apply} disabled={pending}>
            {translate('pejling.milestoneStatusChange.apply')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
