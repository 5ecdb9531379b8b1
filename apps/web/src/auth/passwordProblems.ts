import { MIN_PASSWORD_LENGTH } from '@pejling/contracts';
import type { Translate } from '../i18n/types';

/**
 * What the server refused about one field of a password form, in the UI language where
 * the refusal is one it knows (a used link, a wrong current password, too short, too
 * common), else as the server put it.
 */
const describe = (field: string, message: string, translate: Translate): string => {
  if (field === 'token') return translate('pejling.password.invalid_link');
  if (field === 'currentPassword') return translate('pejling.password.current_wrong');
  if (/at least/.test(message)) {
    return translate('pejling.password.too_short', { min: MIN_PASSWORD_LENGTH });
  }
  if (/common/.test(message)) return translate('pejling.password.too_common');
  return message;
};

/**
 * A refused password form's field errors (`fieldErrorsOf`), each said as `describe` does.
 * Not `root`: it would repeat the server's words in a notification, where react-admin's
 * own "the form is not valid" says it in the UI language instead.
 */
export const passwordFieldErrors = (
  errors: Record<string, unknown>,
  translate: Translate,
): Record<string, string> =>
  Object.fromEntries(
    Object.entries(errors)
      .filter(([field]) => field !== 'root')
      .map(([field, message]) => [field, describe(field, String(message), translate)]),
  );
