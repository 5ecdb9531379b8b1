import { ApiError, statusOf } from '../api/client';
import type { Translate } from '../i18n/types';

/**
 * Why the server refused, in words: for a status in `byStatus`, that message with the
 * server's own words as `detail`; any other refusal as the API client words it.
 */
export const refusalReason = (
  error: unknown,
  translate: Translate,
  byStatus: Partial<Record<number, string>>,
): string => {
  const key = byStatus[statusOf(error) ?? 0];
  if (key) return translate(key, { detail: error instanceof ApiError ? error.detail : '' });
  return error instanceof Error ? error.message : translate('ra.notification.http_error');
};
