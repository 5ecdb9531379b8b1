import {
  Box,
  List,
  ListItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { AppLink } from '../shell/AppLink';
import type { MyWorkInitiative } from '@pejling/contracts';
import { HealthChip } from '../common/HealthChip';
import { ProgressBar } from '../common/ProgressBar';
import { SCROLLS_ALONE } from '../common/scrollsAlone';
import { useSmallScreen } from '../common/useSmallScreen';
import { usePageTranslate } from '../i18n/pageMessages';
import { myWorkMessages } from './messages';

/**
 * The initiatives in the person's care, with how far they are and what is open in them:
 * a table, or on a phone or an upright tablet a list of stacked rows.
 */
export const MyInitiatives = ({ initiatives }: { initiatives: MyWorkInitiative[] }) => {
  const translate = usePageTranslate(myWorkMessages);
  const small = useSmallScreen();
  if (initiatives.length === 0) {
    return <Typography>{translate('pejling.my_work.no_initiatives')}</Typography>;
  }
  if (small) {
    return (
      <List disablePadding>
        {initiatives.map((initiative) => (
          <InitiativeItem key={initiative.id} initiative={initiative} />
        ))}
      </List>
    );
  }
  return (
    <Box sx={SCROLLS_ALONE}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('pejling.my_work.initiative')}</TableCell>
            <TableCell>{translate('pejling.my_work.focus_area')}</TableCell>
            <TableCell>{translate('pejling.my_work.status')}</TableCell>
            <TableCell>{translate('pejling.my_work.health')}</TableCell>
            <TableCell>{translate('pejling.my_work.progress')}</TableCell>
            <TableCell>{translate('pejling.my_work.milestones')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {initiatives.map((initiative) => (
            <TableRow key={initiative.id}>
              <TableCell>
                <Title initiative={initiative} />
              </TableCell>
              <TableCell>
                <FocusArea initiative={initiative} />
              </TableCell>
              <TableCell>
                <Status initiative={initiative} />
              </TableCell>
              <TableCell>
                <HealthChip health={initiative.health} />
              </TableCell>
              <TableCell>
                <ProgressBar value={initiative.progress} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Milestones initiative={initiative} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

interface InitiativeProps {
  initiative: MyWorkInitiative;
}

const Title = ({ initiative }: InitiativeProps) => (
  <AppLink to={`/initiatives/${initiative.id}/show`} sx={{ fontWeight: 500 }}>
    {initiative.code} {initiative.title}
  </AppLink>
);

const FocusArea = ({ initiative }: InitiativeProps) => (
  <>
    {initiative.focusArea.code} {initiative.focusArea.title}
  </>
);

const Status = ({ initiative }: InitiativeProps) => {
  const translate = usePageTranslate(myWorkMessages);
  return <>{translate(`pejling.initiativeStatus.${initiative.status}`)}</>;
};

/** How many of its milestones are open, and how many of those overdue. */
const Milestones = ({ initiative }: InitiativeProps) => {
  const translate = usePageTranslate(myWorkMessages);
  return (
    <>
      {translate('pejling.my_work.open_count', { smart_count: initiative.openMilestones })}
      {initiative.overdueMilestones > 0 && (
        <Typography variant="body2" color="error.main">
          {translate('pejling.my_work.overdue_count', {
            smart_count: initiative.overdueMilestones,
          })}
        </Typography>
      )}
    </>
  );
};

/** The row on a phone or an upright tablet: title, focus area and how it stands, stacked. */
const InitiativeItem = ({ initiative }: InitiativeProps) => (
  <ListItem divider sx={{ display: 'block', py: 1.5 }}>
    <Title initiative={initiative} />
    <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
      <FocusArea initiative={initiative} />
    </Typography>
    <Stack
      direction="row"
      useFlexGap
      spacing={2}
      sx={{ flexWrap: 'wrap', alignItems: 'center', mt: 1, typography: 'body2' }}
    >
      <Status initiative={initiative} />
      <HealthChip health={initiative.health} />
      <Box sx={{ width: 160 }}>
        <ProgressBar value={initiative.progress} />
      </Box>
      <Box>
        <Milestones initiative={initiative} />
      </Box>
    </Stack>
  </ListItem>
);
