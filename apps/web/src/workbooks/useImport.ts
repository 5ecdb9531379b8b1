import { useState } from 'react';
import { useLocaleState, useLogoutIfAccessDenied, useRefresh } from 'react-admin';
import type { ImportConflict, ImportPreview, ImportResult, Language } from '@pejling/contracts';
import { statusOf } from '../api/client';
import { applyRequest, type ImportChoices } from './importPreview';
import { useWorkbookTranslate } from './useWorkbookTranslate';
import { applyRefusal, uploadRefusal } from './refusals';
import type { Notice } from './StatusRegion';
import { workbookApi } from './workbookApi';

/** A file on its way to the server, and the share of it sent, in per cent. */
export interface Sending {
  name: string;
  percent: number;
}

/** How applying went: what it did, or the records that changed since (a 409's). */
export interface Applied {
  notice: Notice;
  result?: ImportResult;
  conflicts: ImportConflict[];
}

/**
 * An import's two steps: `read` sends a file and keeps the preview the server answers
 * (a new file replaces it), `apply` applies that preview with the person's choices. Each
 * says how it went in a notice; a 401 signs the person out, as anywhere else.
 */
export const useImport = () => {
  const translate = useWorkbookTranslate();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const [sending, setSending] = useState<Sending>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [readNotice, setReadNotice] = useState<Notice>();
  const [applying, setApplying] = useState(false);
  const [applied, setApplied] = useState<Applied>();

  /** Sends a file; answers the preview's id once the server has read it. */
  const read = async (file: File, strategyId: number | undefined): Promise<number | undefined> => {
    const { name } = file;
    setPreview(undefined);
    setApplied(undefined);
    setReadNotice(undefined);
    setSending({ name, percent: 0 });
    try {
      const answer = await workbookApi.preview(file, strategyId, locale as Language, (share) =>
        setSending({ name, percent: Math.round(share * 100) }),
      );
      const errors = answer.errors.length;
      setPreview(answer);
      setReadNotice(
        errors > 0
          ? {
              severity: 'error',
              text: translate('pejling.workbook.read_with_errors', { name, smart_count: errors }),
            }
          : { severity: 'info', text: translate('pejling.workbook.read', { name }) },
      );
      return answer.id;
    } catch (error) {
      if (await logoutIfAccessDenied(error)) return undefined;
      setReadNotice({ severity: 'error', text: uploadRefusal(error, translate) });
      return undefined;
    } finally {
      setSending(undefined);
    }
  };

  /** A preview read before (its id in the page's address), to see again or apply. */
  const load = async (id: number) => {
    setReadNotice(undefined);
    try {
      setPreview(await workbookApi.get(id));
    } catch (error) {
      if (await logoutIfAccessDenied(error)) return;
      setReadNotice({ severity: 'error', text: uploadRefusal(error, translate) });
    }
  };

  const apply = async (choices: ImportChoices) => {
    if (!preview) return;
    setApplying(true);
    setApplied({
      notice: { severity: 'info', text: translate('pejling.workbook.applying') },
      conflicts: [],
    });
    try {
      const result = await workbookApi.apply(preview.id, applyRequest(preview, choices));
      const { created, updated, deleted } = result;
      const text = translate('pejling.workbook.applied', { created, updated, deleted });
      setApplied({ notice: { severity: 'success', text }, result, conflicts: [] });
      setPreview({ ...preview, state: 'applied' });
      // The lists and records read before show the plan as it is now.
      refresh();
    } catch (error) {
      if (await logoutIfAccessDenied(error)) return;
      const { message, conflicts } = applyRefusal(error, translate);
      setApplied({ notice: { severity: 'error', text: message }, conflicts });
      if (statusOf(error) === 410) setPreview({ ...preview, state: 'expired' });
    } finally {
      setApplying(false);
    }
  };

  return { sending, preview, readNotice, read, load, applying, applied, apply };
};
