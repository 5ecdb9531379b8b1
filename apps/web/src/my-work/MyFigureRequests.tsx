import EditNoteIcon from '@mui/icons-material/EditNote';
import { Box, Button, List, ListItem, Typography } from '@mui/material';
import { AppLink } from '../shell/AppLink';
import type { MyWorkFigureRequest } from '@pejling/contracts';
import { TOUCH_TARGET } from '../common/touchTarget';
import { usePageTranslate } from '../i18n/pageMessages';
import { myWorkMessages } from './messages';
import { RoundDueLine } from './RoundDueLine';

/**
 * The open rounds that wait for target figures the person proposes, by due date: how many
 * are missing or returned, and the way to where they propose them.
 */
export const MyFigureRequests = ({ requests }: { requests: MyWorkFigureRequest[] }) => {
  const translate = usePageTranslate(myWorkMessages);
  return (
    <List disablePadding>
      {requests.map((request) => (
        <ListItem
          key={request.roundId}
          divider
          disableGutters
          sx={{ gap: 2, flexWrap: 'wrap', justifyContent: 'space-between' }}
        >
          <Box>
            <Typography sx={{ fontWeight: 500 }}>
              {translate('pejling.my_work.figures_count', {
                smart_count: request.outstanding,
                year: request.year,
              })}
            </Typography>
            <RoundDueLine request={request} />
          </Box>
          <Button
            component={AppLink}
            to={request.path}
            variant="contained"
            size="small"
            startIcon={<EditNoteIcon />}
            sx={TOUCH_TARGET}
            aria-label={translate('pejling.my_work.propose_label', { round: request.roundTitle })}
          >
            {translate('pejling.my_work.propose')}
          </Button>
        </ListItem>
      ))}
    </List>
  );
};
