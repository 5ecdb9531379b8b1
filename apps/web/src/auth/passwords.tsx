import { useCallback } from 'react';
import {
  HttpError,
  minLength,
  PasswordInput,
  required,
  useLogoutIfAccessDenied,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import { MIN_PASSWORD_LENGTH } from '@pejling/contracts';

type FieldErrors = Record<string, string>;

const sameAs =
  (source: string): Validator =>
  (value, allValues) =>
    value && value !== allValues[source] ? 'pejling.password.mismatch' : undefined;

/** A new password and the same again, checked here before the server checks it too. */
export const NewPasswordInputs = ({ source }: { source: string }) => {
  const translate = useTranslate();
  return (
    <>
      <PasswordInput
        source={source}
        label="pejling.password.new"
        autoComplete="new-password"
        validate={[required(), minLength(MIN_PASSWORD_LENGTH)]}
        helperText={translate('pejling.password.hint', { min: MIN_PASSWORD_LENGTH })}
      />
      <PasswordInput
        source="repeat"
        label="pejling.password.repeat"
        autoComplete="new-password"
        validate={[required(), sameAs(source)]}
      />
    </>
  );
};

/**
 * Sends a password form and says, under each field, what the server refused, in the UI
 * language where the refusal is one it knows, else as the server put it. A 401 signs the
 * person out; any other failure is a notification. Resolves to the form's field errors.
 */
export const usePasswordSubmit = <T,>(send: (values: T) => Promise<void>, onDone: () => void) => {
  const translate = useTranslate();
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();

  const describe = useCallback(
    (field: string, message: string): string => {
      if (field === 'token') return translate('pejling.password.invalid_link');
      if (field === 'currentPassword') return translate('pejling.password.current_wrong');
      if (/at least/.test(message)) {
        return translate('pejling.password.too_short', { min: MIN_PASSWORD_LENGTH });
      }
      if (/common/.test(message)) return translate('pejling.password.too_common');
      return message;
    },
    [translate],
  );

  return useCallback(
    async (values: Partial<T>): Promise<FieldErrors | undefined> => {
      try {
        // The inputs require every field before the form submits.
        await send(values as T);
        onDone();
        return undefined;
      } catch (error) {
        if (await logoutIfAccessDenied(error)) return undefined;
        const errors = error instanceof HttpError ? error.body?.errors : undefined;
        if (!errors) {
          notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
            type: 'error',
          });
          return undefined;
        }
        // Not `root`: it would repeat the server's words in a notification, where
        // react-admin's own "the form is not valid" says it in the UI language instead.
        return Object.fromEntries(
          Object.entries(errors as Record<string, unknown>)
            .filter(([field]) => field !== 'root')
            .map(([field, message]) => [field, describe(field, String(message))]),
        );
      }
    },
    [send, onDone, logoutIfAccessDenied, notify, describe],
  );
};
