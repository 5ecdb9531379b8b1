import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-admin';
import type { MyWorkInitiative } from '@pejling/contracts';
import { HealthChip } from '../common/HealthField';
import { ProgressBar } from '../common/ProgressField';
import { usePageTranslate } from '../i18n/pageMessages';
import { myWorkMessages } from './messages';

/** The initiatives in the person's care, with how far they are and what is open in them. */
export const MyInitiatives = ({ initiatives }: { initiatives: MyWorkInitiative[] }) => {
  const translate = usePageTranslate(myWorkMessages);
  if (initiatives.length === 0) {
    return <Typography>{translate('pejling.my_work.no_initiatives')}</Typography>;
  }
  return (
    <Box sx={{ overflowX: 'auto' }}>
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
                <Link to={`/initiatives/${initiative.id}/show`} sx={{ fontWeight: 500 }}>
                  {initiative.code} {initiative.title}
                </Link>
              </TableCell>
              <TableCell>
                {initiative.focusArea.code} {initiative.focusArea.title}
              </TableCell>
              <TableCell>{translate(`pejling.initiativeStatus.${initiative.status}`)}</TableCell>
              <TableCell>
                <HealthChip health={initiative.health} />
              </TableCell>
              <TableCell>
                <ProgressBar value={initiative.progress} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {translate('pejling.my_work.open_count', {
                  smart_count: initiative.openMilestones,
                })}
                {initiative.overdueMilestones > 0 && (
                  <Typography variant="body2" color="error.main">
                    {translate('pejling.my_work.overdue_count', {
                      smart_count: initiative.overdueMilestones,
                    })}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
