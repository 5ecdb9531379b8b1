import { useEffect, useRef } from 'react';
import {
  Alert,
  Box,
  Chip,
  List,
  ListItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { AppLink } from '../shell/AppLink';
import type { MilestoneRecord, MyWorkMilestone } from '@pejling/contracts';
import { formatDay } from '../common/format';
import { OverdueChip } from '../common/OverdueChip';
import { SCROLLS_ALONE } from '../common/scrollsAlone';
import { useIntlLocale } from '../common/useIntlLocale';
import { useSmallScreen } from '../common/useSmallScreen';
import { usePageTranslate } from '../i18n/pageMessages';
import { MilestoneStatusChip } from '../milestones/MilestoneStatusChip';
import { MilestoneStatusSelect } from '../milestones/MilestoneStatusSelect';
import { myWorkMessages } from './messages';
import { MY_WORK_MILESTONES } from './useMyWork';

const milestonePath = (id: number) => `/milestones/${id}/show`;

/** One of the person's milestones, with its full record once loaded. */
interface MilestoneProps {
  milestone: MyWorkMilestone;
  /** The full record, once loaded: what the status select saves, and the latest state. */
  record: MilestoneRecord | undefined;
  /** Whether it is the milestone an e-mail's link is about. */
  picked: boolean;
}

/**
 * The milestones the person answers for, open ones first. Each links to the milestone and
 * its initiative; its status is changed on the spot where the person may. The milestone
 * an e-mail's link is about (`picked`) is marked, scrolled to and focused. A table, or on
 * a phone or an upright tablet a list of stacked rows with the status select thumb-sized.
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
  const small = useSmallScreen();
  const shown = useRef<HTMLDivElement>(null);
  const isListed = picked !== undefined && milestones.some((m) => m.id === picked);

  useEffect(() => {
    const element = shown.current?.querySelector<HTMLElement>(`[data-milestone-id="${picked}"]`);
    if (!isListed || !element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [isListed, picked, small]);

  const rows = milestones.map((milestone) => ({
    milestone,
    record: recordsById.get(milestone.id),
    picked: milestone.id === picked,
  }));
  return (
    <>
      {picked !== undefined && !isListed && (
        <Alert severity="info">
          {translate('pejling.my_work.not_listed')}{' '}
          <AppLink to={milestonePath(picked)}>
            {translate('pejling.my_work.open_milestone')}
          </AppLink>
        </Alert>
      )}
      {milestones.length === 0 ? (
        <Typography>{translate('pejling.my_work.no_milestones')}</Typography>
      ) : (
        <Box ref={shown} sx={SCROLLS_ALONE}>
          {small ? (
            <List disablePadding>
              {rows.map((row) => (
                <MilestoneItem key={row.milestone.id} {...row} />
              ))}
            </List>
          ) : (
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
                {rows.map((row) => (
                  <MilestoneRow key={row.milestone.id} {...row} />
                ))}
              </TableBody>
            </Table>
          )}
        </Box>
      )}
    </>
  );
};

/** What marks the milestone an e-mail's link is about: the row is selected and outlined. */
const pickedLook = { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 };

/** The milestone's title, leading to it, and what sets it apart. */
const Title = ({ milestone, picked }: Omit<MilestoneProps, 'record'>) => {
  const translate = usePageTranslate(myWorkMessages);
  return (
    <>
      <AppLink to={milestonePath(milestone.id)} sx={{ fontWeight: 500 }}>
        {milestone.title}
      </AppLink>
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
    </>
  );
};

const Initiative = ({ milestone }: { milestone: MyWorkMilestone }) => (
  <AppLink to={`/initiatives/${milestone.initiativeId}/show`} color="inherit">
    {milestone.initiativeCode} {milestone.initiativeTitle}
  </AppLink>
);

/** The due date, and whether it has passed; `direction` as the space allows. */
const Due = ({
  milestone,
  record,
  direction,
}: Omit<MilestoneProps, 'picked'> & { direction: 'row' | 'column' }) => {
  const translate = usePageTranslate(myWorkMessages);
  const locale = useIntlLocale();
  const overdue = record?.overdue ?? milestone.overdue;
  return (
    <Stack direction={direction} spacing={direction === 'row' ? 1 : 0.5} useFlexGap>
      <span>
        {direction === 'row' && `${translate('pejling.my_work.due')}: `}
        {formatDay(milestone.dueDate, locale)}
      </span>
      <OverdueChip overdue={overdue} />
    </Stack>
  );
};

/** The status, changed on the spot: My work reads its milestones again once it is saved. */
const Status = ({ milestone, record }: Omit<MilestoneProps, 'picked'>) => {
  const queryClient = useQueryClient();
  return record ? (
    <MilestoneStatusSelect
      record={record}
      onSaved={() => void queryClient.invalidateQueries({ queryKey: MY_WORK_MILESTONES })}
    />
  ) : (
    <MilestoneStatusChip status={milestone.status} />
  );
};

const MilestoneRow = ({ milestone, record, picked }: MilestoneProps) => (
  <TableRow
    selected={picked}
    tabIndex={picked ? -1 : undefined}
    data-milestone-id={milestone.id}
    sx={picked ? pickedLook : undefined}
  >
    <TableCell>
      <Title milestone={milestone} picked={picked} />
    </TableCell>
    <TableCell>
      <Initiative milestone={milestone} />
    </TableCell>
    <TableCell sx={{ whiteSpace: 'nowrap' }}>
      <Due milestone={milestone} record={record} direction="column" />
    </TableCell>
    <TableCell>
      <Status milestone={milestone} record={record} />
    </TableCell>
  </TableRow>
);

/** The row on a phone or an upright tablet: title, initiative, due date and status stacked. */
const MilestoneItem = ({ milestone, record, picked }: MilestoneProps) => (
  <ListItem
    divider
    tabIndex={picked ? -1 : undefined}
    data-milestone-id={milestone.id}
    sx={{
      display: 'block',
      py: 1.5,
      ...(picked ? { ...pickedLook, bgcolor: 'action.selected' } : {}),
    }}
  >
    <Box>
      <Title milestone={milestone} picked={picked} />
    </Box>
    <Typography variant="body2" component="div" sx={{ mt: 0.5 }}>
      <Initiative milestone={milestone} />
    </Typography>
    <Typography variant="body2" component="div" sx={{ my: 1 }}>
      <Due milestone={milestone} record={record} direction="row" />
    </Typography>
    <Status milestone={milestone} record={record} />
  </ListItem>
);
