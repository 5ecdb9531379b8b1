import DownloadIcon from '@mui/icons-material/Download';
import { Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { Button, useListContext, useLocale, useNotify, useTranslate } from 'react-admin';
import { API_URL } from '../dataProvider';

type Format = 'csv' | 'xlsx';

/**
 * The server's export of a list (`GET /api/<resource>/export.csv|xlsx`) with the list's
 * current filter and sort, in the UI's language: every matching row, not only the page.
 */
export const exportUrl = (
  resource: string,
  format: Format,
  filter: object,
  sort: { field: string; order: string },
  locale: string,
): string => {
  const query = new URLSearchParams({
    filter: JSON.stringify(filter),
    sort: JSON.stringify([sort.field, sort.order]),
    lang: locale === 'en' ? 'en' : 'da',
  });
  return `${API_URL}/${resource}/export.${format}?${query}`;
};

/** Saves a downloaded file under the name the server gave it. */
const save = (blob: Blob, disposition: string | null, fallback: string) => {
  const name = /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/**
 * "Eksportér" in a list's toolbar: CSV or Excel, made by the server. It replaces
 * react-admin's export, which would fetch the records into the browser. A refusal (too many
 * rows, a bad filter) shows the server's message instead of leaving the page.
 */
export const ExportMenu = () => {
  const { resource, filterValues, sort, total } = useListContext();
  const locale = useLocale();
  const notify = useNotify();
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async (format: Format) => {
    setAnchor(null);
    setBusy(true);
    try {
      const response = await fetch(exportUrl(resource, format, filterValues, sort, locale), {
        credentials: 'same-origin',
      });
      if (!response.ok) {
        const body = await response.json().catch(() => ({}));
        const detail = typeof body.message === 'string' ? body.message : response.statusText;
        notify('pejling.export.failed', { type: 'error', messageArgs: { detail } });
        return;
      }
      save(
        await response.blob(),
        response.headers.get('Content-Disposition'),
        `${resource}.${format}`,
      );
    } catch {
      notify('pejling.error.network', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        label="pejling.export.button"
        title={translate('pejling.export.label')}
        aria-haspopup="menu"
        aria-controls={anchor ? 'export-menu' : undefined}
        disabled={busy || total === 0}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <DownloadIcon />
      </Button>
      <Menu
        id="export-menu"
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
      >
        <MenuItem onClick={() => download('csv')}>{translate('pejling.export.csv')}</MenuItem>
        <MenuItem onClick={() => download('xlsx')}>{translate('pejling.export.xlsx')}</MenuItem>
      </Menu>
    </>
  );
};
