import { useCallback, type ReactNode } from 'react';
import {
  Edit,
  useNotify,
  useRecordContext,
  useRefresh,
  useRequireAccess,
  useResourceContext,
  useTranslate,
  type RaRecord,
  type TransformData,
} from 'react-admin';
import { currentOf, fieldErrorsOf } from '../api/client';
import { changedFields } from './diff';

/**
 * react-admin checks the edit route for the resource; whether this record may be edited
 * (an owner's own initiative, a person's own profile) is known once it is loaded.
 */
const RequireRecordAccess = () => {
  const record = useRecordContext();
  useRequireAccess({ action: 'edit', record, enabled: record != null });
  return null;
};

/**
 * What to do when a save fails. A 409 means someone saved the record since it was opened:
 * say so, name the fields they changed, and reload the form with the values now stored, so
 * that nothing is overwritten unseen. Field errors show under their inputs; anything else
 * is a notification, as react-admin would do.
 */
export const useSaveFailure = () => {
  const resource = useResourceContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  return useCallback(
    (error: unknown, variables: { previousData?: RaRecord }) => {
      const current = currentOf<RaRecord>(error);
      if (current) {
        const fields = changedFields(variables.previousData, current).map(({ field }) =>
          translate(`resources.${resource}.fields.${field}`, { _: field }),
        );
        notify(fields.length ? 'pejling.conflict.reloaded_fields' : 'pejling.conflict.reloaded', {
          type: 'warning',
          autoHideDuration: 15_000,
          messageArgs: { fields: fields.join(', ') },
        });
        refresh();
        return;
      }
      if (fieldErrorsOf(error)) return;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
        type: 'error',
      });
    },
    [resource, translate, notify, refresh],
  );
};

/**
 * The edit page of every resource. Pessimistic, so that the server's answer (a 400 naming
 * a field, a 403, a 409 for a stale `version`) reaches the person before the page moves on.
 * `transform` adjusts what the form holds before it is sent.
 */
export const EditPage = ({
  children,
  transform,
}: {
  children: ReactNode;
  transform?: TransformData;
}) => {
  const onError = useSaveFailure();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      mutationOptions={{ onError }}
      transform={transform}
    >
      <RequireRecordAccess />
      {children}
    </Edit>
  );
};
