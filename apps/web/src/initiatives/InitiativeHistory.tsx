import { AuditEventTable } from '../audit-events/AuditEventTable';
import { InitiativeRecords } from './InitiativeRecords';

/** Every change to the initiative and to its milestones and reports, newest first. */
export const InitiativeHistory = () => (
  <InitiativeRecords reference="audit-events" sortField="at" empty="pejling.history.empty">
    <AuditEventTable />
  </InitiativeRecords>
);
