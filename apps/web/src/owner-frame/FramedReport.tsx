import { useEffect } from 'react';
import { usePageTranslate } from '../i18n/pageMessages';
import { ownerReportMessages } from '../reporting-rounds/owner-report/messages';
import { OwnerReport } from '../reporting-rounds/owner-report/OwnerReport';

/** The report form in the owner's frame, its title (`onTitle`) for the frame's bar. */
export const FramedReport = ({
  roundId,
  initiativeId,
  onTitle,
}: {
  roundId: number;
  initiativeId: number;
  onTitle: (title: string) => void;
}) => {
  const title = usePageTranslate(ownerReportMessages)('pejling.ownerReport.title');
  useEffect(() => onTitle(title), [onTitle, title]);
  return <OwnerReport roundId={roundId} initiativeId={initiativeId} />;
};
