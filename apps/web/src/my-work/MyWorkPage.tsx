import { Alert, Box, Stack } from '@mui/material';
import { Loading, Title, useLocation } from 'react-admin';
import { Section } from '../common/Section';
import { usePageTranslate } from '../i18n/pageMessages';
import { myWorkMessages } from './messages';
import { MyFigureRequests } from './MyFigureRequests';
import { MyInitiatives } from './MyInitiatives';
import { MyMilestones } from './MyMilestones';
import { MyReportRequests } from './MyReportRequests';
import { pickedMilestone } from './myWork';
import { useMyWork } from './useMyWork';

/**
 * An owner's own page, where the links in reminder e-mails land: the reports and target
 * figures asked of them, their milestones (status changed on the spot) and their
 * initiatives.
 */
export const MyWorkPage = () => {
  const translate = usePageTranslate(myWorkMessages);
  const picked = pickedMilestone(useLocation().search);
  const { data, error, isPending, recordsById } = useMyWork();
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('pejling.my_work.title')} />
      {isPending ? (
        <Loading />
      ) : error || !data ? (
        <Alert severity="error">{translate('pejling.my_work.error')}</Alert>
      ) : (
        <Stack spacing={3}>
          <Section title={translate('pejling.my_work.reports_title')}>
            <MyReportRequests requests={data.reportRequests} />
          </Section>
          {/* Only a data owner is asked for figures: the others see no such section. */}
          {data.figureRequests.length > 0 && (
            <Section title={translate('pejling.my_work.figures_title')}>
              <MyFigureRequests requests={data.figureRequests} />
            </Section>
          )}
          <Section title={translate('pejling.my_work.milestones_title')}>
            <MyMilestones milestones={data.milestones} recordsById={recordsById} picked={picked} />
          </Section>
          <Section title={translate('pejling.my_work.initiatives_title')}>
            <MyInitiatives initiatives={data.initiatives} />
          </Section>
        </Stack>
      )}
    </Box>
  );
};
