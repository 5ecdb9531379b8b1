import { type Ref, useEffect, useRef } from 'react';
import {
  Alert,
  Box,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { Link } from 'react-admin';
import type { MilestoneRecord, MyWorkMilestone } from '@pejling/contracts';
import { formatDay } from '../common/format';
import { OverdueField } from '../common/OverdueField';
import { useIntlLocale } from '../common/useIntlLocale';
import { usePageTranslate } from '../i18n/pageMessages';
import { MilestoneStatusChip } from '../milestones/MilestoneStatusChip';
import { MilestoneStatusSelect } from '../milestones/MilestoneStatusSelect';
import { myWorkMessages } from './messages';

const milestonePath = (id: number) => `/milestones/${id}/show`;

/**
 * The milestones the person answers for, open ones first. Each links to the milestone and
 * its initiative; its status is changed on the spot where the person may. The milestone
 * an e-mail's link is about (`picked`) is marked, scrolled to and focused.
 */
export const MyMilestones = ({
  milestones,
  recordsById,
  picked,
}: {
  milestones: MyWorkMilestone[];
  recordsById: Map<number, MilestoneRecord>;
  picked: number | undefined;
}) => {
  const translate = usePageTranslate(myWorkMessages);
  const pickedRow = useRef<HTMLTableRowElement>(null);
  const isListed = picked !== undefined && milestones.some((m) => m.id === picked);

  useEffect(() => {
    if (!isListed || !pickedRow.current) return;
    pickedRow.current.scrollIntoView({ block: 'center' });
    pickedRow.current.focus({ preventScroll: true });
  }, [isListed, picked]);

  return (
    <>
      {picked !== undefined && !isListed && (
        <Alert severity="info">
          {translate('pejling.my_work.not_listed')}{' '}
          <Link to={milestonePath(picked)}>{translate('pejling.my_work.open_milestone')}</Link>
        </Alert>
      )}
      {milestones.length === 0 ? (
        <Typography>{translate('pejling.my_work.no_milestones')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('pejling.my_work.milestone')}</TableCell>
                <TableCell>{translate('pejling.my_work.initiative')}</TableCell>
                <TableCell>{translate('pejling.my_work.due')}</TableCell>
                <TableCell>{translate('pejling.my_work.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {milestones.map((milestone) => (
                <MilestoneRow
                  key={milestone.id}
                  milestone={milestone}
                  record={recordsById.get(milestone.id)}
                  rowRef={milestone.id === picked ? pickedRow : undefined}
                />
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </>
  );
};

const MilestoneRow = ({
  milestone,
  record,
  rowRef,
}: {
  milestone: MyWorkMilestone;
  /** The full record, once loaded: what the status select saves, and the latest state. */
  record: MilestoneRecord | undefined;
  rowRef: Ref<HTMLTableRowElement> | undefined;
}) => {
  const translate = usePageTranslate(myWorkMessages);
  const locale = useIntlLocale();
  const overdue = record?.overdue ?? milestone.overdue;
  const picked = rowRef !== undefined;
  return (
    <TableRow
      ref={rowRef}
      selected={picked}
      tabIndex={picked ? -1 : undefined}
      data-milestone-id={milestone.id}
      sx={picked ? { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 } : undefined}
    >
      <TableCell>
        <Link to={milestonePath(milestone.id)} sx={{ fontWeight: 500 }}>
          {milestone.title}
        </Link>
        {picked && (
          <Chip
            size="small"
            color="primary"
            label={translate('pejling.my_work.from_link')}
            sx={{ ml: 1 }}
          />
        )}
        {milestone.unassigned && (
          <Tooltip title={translate('pejling.my_work.unassigned_hint')}>
            <Typography variant="body2" color="text.secondary">
              {translate('pejling.my_work.unassigned')}
            </Typography>
          </Tooltip>
        )}
      </TableCell>
      <TableCell>
        <Link to={`/initiatives/${milestone.initiativeId}/show`} color="inherit">
          {milestone.initiativeCode} {milestone.initiativeTitle}
        </Link>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
          {formatDay(milestone.dueDate, locale)}
          <OverdueField source="overdue" record={{ id: milestone.id, overdue }} />
        </Box>
      </TableCell>
      <TableCell>
        {record ? (
          <MilestoneStatusSelect record={record} />
        ) : (
          <MilestoneStatusChip status={milestone.status} />
        )}
      </TableCell>
    </TableRow>
  );
};
