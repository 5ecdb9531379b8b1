import { DataTable, SelectField, useResourceDefinitions } from 'react-admin';
import type { AuditEventRecord, AuditedResource } from '@pejling/contracts';
import { auditActionChoices } from '../common/choices';
import { InstantField } from '../common/InstantField';
import { ChangesField } from './ChangesField';
import { SubjectField } from './SubjectField';

/** Whether the record an event is about is gone: by this event, or since. */
const isGone = (event: AuditEventRecord) =>
  event.action === 'delete' ||
  Boolean(event.references[event.resource as AuditedResource]?.[event.recordId]?.deleted);

/**
 * Audit events as a table: when, who, what was done to which record, and what changed.
 * A row leads to the record, unless it is deleted or has no page.
 */
export const AuditEventTable = () => {
  const resources = useResourceDefinitions();
  const linkTo = (_id: unknown, _resource: string, event: AuditEventRecord) =>
    !isGone(event) && resources[event.resource]?.hasShow
      ? `/${event.resource}/${event.recordId}/show`
      : false;
  return (
    <DataTable<AuditEventRecord> rowClick={linkTo} bulkActionButtons={false}>
      <DataTable.Col source="at" field={InstantField} />
      <DataTable.Col source="personName" disableSort />
      <DataTable.Col source="action" disableSort>
        <SelectField source="action" choices={auditActionChoices} />
      </DataTable.Col>
      <DataTable.Col source="resource" field={SubjectField} disableSort />
      <DataTable.Col source="changes" field={ChangesField} disableSort />
    </DataTable>
  );
};
