import type { ImportConflict } from '@pejling/contracts';
import { ApiError, statusOf } from '../api/client';
import { refusalReason } from '../common/refusalReason';
import type { Translate } from '../i18n/types';

/** Why a workbook was not read: too large (413, the server names its limit), or unreadable. */
export const uploadRefusal = (error: unknown, translate: Translate): string =>
  refusalReason(error, translate, {
    400: 'pejling.workbook.unreadable',
    413: 'pejling.workbook.too_large',
    415: 'pejling.workbook.unreadable',
  });

/** Why a preview was not applied, and the records that changed since it was read (a 409's). */
export interface ApplyRefusal {
  message: string;
  conflicts: ImportConflict[];
}

export const applyRefusal = (error: unknown, translate: Translate): ApplyRefusal => {
  const conflicts = error instanceof ApiError ? error.body?.['conflicts'] : undefined;
  return {
    message: refusalReason(error, translate, {
      400: 'pejling.workbook.refused',
      409: 'pejling.workbook.changed_since',
      410: 'pejling.workbook.expired',
    }),
    conflicts: statusOf(error) === 409 && Array.isArray(conflicts) ? conflicts : [],
  };
};
