import { EditPage } from '../common/EditPage';
import { ReportingRoundForm } from './ReportingRoundForm';

export const ReportingRoundEdit = () => (
  <EditPage>
    <ReportingRoundForm />
  </EditPage>
);
