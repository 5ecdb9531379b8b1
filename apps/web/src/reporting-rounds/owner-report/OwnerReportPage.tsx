import { Title, useParams, useRequireAccess } from 'react-admin';
import { usePageTranslate } from '../../i18n/pageMessages';
import { ownerReportMessages } from './messages';
import { OwnerReport } from './OwnerReport';

/** The report page in the app's layout (OwnerReport.tsx), its title in the app bar. */
export const OwnerReportPage = () => {
  const translate = usePageTranslate(ownerReportMessages);
  const { roundId, initiativeId } = useParams<{ roundId: string; initiativeId: string }>();
  const { isPending: checkingAccess } = useRequireAccess({
    resource: 'reporting-rounds',
    action: 'show',
  });
  if (checkingAccess) return null;
  return (
    <>
      <Title title={translate('pejling.ownerReport.title')} />
      <OwnerReport roundId={Number(roundId)} initiativeId={Number(initiativeId)} />
    </>
  );
};
