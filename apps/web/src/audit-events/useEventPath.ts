import { useCallback } from 'react';
import { useResourceDefinitions } from 'react-admin';
import type { AuditEventRecord, AuditedResource } from '@pejling/contracts';

/** Whether the record an event is about is gone: by this event, or since. */
const isGone = (event: AuditEventRecord) =>
  event.action === 'delete' ||
  Boolean(event.references[event.resource as AuditedResource]?.[event.recordId]?.deleted);

/**
 * Where an audit event leads: the page of the record it is about, or `false` if that is
 * deleted or has no page.
 */
export const useEventPath = () => {
  const resources = useResourceDefinitions();
  return useCallback(
    (event: AuditEventRecord): string | false =>
      !isGone(event) && resources[event.resource]?.hasShow
        ? `/${event.resource}/${event.recordId}/show`
        : false,
    [resources],
  );
};
