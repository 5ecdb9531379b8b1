import { Alert, Stack } from '@mui/material';
import { Section } from '../common/Section';
import { PageLoading } from '../shell/PageLoading';
import { usePageTranslate } from '../i18n/pageMessages';
import { myWorkMessages } from './messages';
import { MyFigureRequests } from './MyFigureRequests';
import { MyInitiatives } from './MyInitiatives';
import { MyMilestones } from './MyMilestones';
import { MyReportRequests } from './MyReportRequests';
import { useMyWork } from './useMyWork';

/**
 * An owner's own work, where the links in reminder e-mails land: the reports and target
 * figures asked of them, their milestones (status changed on the spot) and their
 * initiatives. `picked`: the milestone an e-mail's link is about. Drawn in the app
 * (MyWorkPage) and in the owner's frame.
 */
export const MyWork = ({ picked }: { picked: number | undefined }) => {
  const translate = usePageTranslate(myWorkMessages);
  const { data, error, isPending, recordsById } = useMyWork();
  if (isPending) return <PageLoading />;
  if (error || !data) return <Alert severity="error">{translate('pejling.my_work.error')}</Alert>;
  return (
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
  );
};
