import type { ImportApplyRequest, ImportPreview, ImportResult, Language } from '@pejling/contracts';
import { API_URL, request, upload } from '../api/client';

/**
 * The plan as a workbook, to download and to import: beside endpoints.ts rather than in
 * it, so that only the pages that use it (the import page, the strategies') download it,
 * not the dashboard.
 */
export const workbookApi = {
  /** A strategy's plan as an Excel workbook: a plain link, which the session cookie goes with. */
  workbookUrl: (strategyId: number | string, language: Language): string =>
    `${API_URL}/strategies/${strategyId}/workbook.xlsx?lang=${language}`,

  /** A blank workbook for a new strategy, with the sheets' headers and a guide. */
  templateUrl: (language: Language): string =>
    `${API_URL}/strategies/template.xlsx?lang=${language}`,

  /**
   * Reads a workbook (.xlsx or .csv) into a preview of what it would change, told in
   * `language`: for the strategy `strategyId`, or for a new one without it. `onProgress`
   * hears the share sent.
   */
  preview: (
    file: File,
    strategyId: number | undefined,
    language: Language,
    onProgress: (share: number) => void,
  ) => {
    const form = new FormData();
    // The fields before the file: the server reads the form in order.
    if (strategyId !== undefined) form.append('strategyId', String(strategyId));
    form.append('file', file);
    return upload<ImportPreview>(`/imports?lang=${language}`, form, onProgress);
  },

  /** A preview as it was read (within its day, it may still be applied). */
  get: async (id: number): Promise<ImportPreview> =>
    (await request<ImportPreview>(`/imports/${id}`)).json,

  /** Applies a preview, with the changes the person confirmed and the records to delete. */
  apply: async (id: number, body: ImportApplyRequest): Promise<ImportResult> =>
    (await request<ImportResult>(`/imports/${id}/apply`, { method: 'POST', body })).json,
};
