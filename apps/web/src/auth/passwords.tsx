import { useCallback } from 'react';
import {
  minLength,
  PasswordInput,
  required,
  useLogoutIfAccessDenied,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import { MIN_PASSWORD_LENGTH } from '@pejling/contracts';
import { fieldErrorsOf } from '../api/client';
import { passwordFieldErrors } from './passwordProblems';

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
 * Sends a password form and says, under each field, what the server refused
 * (`passwordFieldErrors`). A 401 signs the person out; any other failure is a
 * notification. Resolves to the form's field errors.
 */
export const usePasswordSubmit = <T,>(send: (values: T) => Promise<void>, onDone: () => void) => {
  const translate = useTranslate();
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();

  return useCallback(
    async (values: Partial<T>): Promise<FieldErrors | undefined> => {
      try {
        // The inputs require every field before the form submits.
        await send(values as T);
        onDone();
        return undefined;
      } catch (error) {
        if (await logoutIfAccessDenied(error)) return undefined;
        const errors = fieldErrorsOf(error);
        if (!errors) {
          notify(error instanceof Error ? error.message : 'ra.notification.http_error', {
            type: 'error',
          });
          return undefined;
        }
        return passwordFieldErrors(errors, translate);
      }
    },
    [send, onDone, logoutIfAccessDenied, notify, translate],
  );
};
