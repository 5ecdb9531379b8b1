import { useDeferredValue } from 'react';
import { Alert, Stack } from '@mui/material';
import type { MilestoneRecord, MyWork as MyWorkData } from '@pejling/contracts';
import { Section } from '../common/Section';
import { PageLoading } from '../shell/PageLoading';
import { useDeferredRead } from '../shell/useDeferredRead';
import { useDrawnInParts } from '../shell/useDrawnInParts';
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
  const work = useMyWork();
  // Drawn in the background, the milestones' selects too once their records are read.
  const shown = useDeferredRead(work);
  const recordsById = useDeferredValue(work.recordsById);
  return <MyWorkSections {...shown} recordsById={recordsById} picked={picked} />;
};

const MyWorkSections = ({
  data,
  error,
  isPending,
  recordsById,
  picked,
}: {
  data: MyWorkData | undefined;
  error: unknown;
  isPending: boolean;
  recordsById: Map<number, MilestoneRecord>;
  picked: number | undefined;
}) => {
  const translate = usePageTranslate(myWorkMessages);
  const sections =
    data &&
    [
      <Section key="reports" title={translate('pejling.my_work.reports_title')}>
        <MyReportRequests requests={data.reportRequests} />
      </Section>,
      // Only a data owner is asked for figures: the others see no such section.
      data.figureRequests.length > 0 && (
        <Section key="figures" title={translate('pejling.my_work.figures_title')}>
          <MyFigureRequests requests={data.figureRequests} />
        </Section>
      ),
      <Section key="milestones" title={translate('pejling.my_work.milestones_title')}>
        <MyMilestones milestones={data.milestones} recordsById={recordsById} picked={picked} />
      </Section>,
      <Section key="initiatives" title={translate('pejling.my_work.initiatives_title')}>
        <MyInitiatives initiatives={data.initiatives} />
      </Section>,
    ].filter(Boolean);
  const drawn = useDrawnInParts(sections?.length ?? 0);
  if (isPending) return <PageLoading />;
  if (error || !sections) {
    return <Alert severity="error">{translate('pejling.my_work.error')}</Alert>;
  }
  return <Stack spacing={3}>{sections.slice(0, drawn)}</Stack>;
};
