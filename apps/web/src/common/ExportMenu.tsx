import DownloadIcon from '@mui/icons-material/Download';
import { Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  useListContext,
  useLocale,
  useLogoutIfAccessDenied,
  useNotify,
  useTranslate,
} from 'react-admin';
import { ApiError } from '../api/client';
import { api, type ExportFormat } from '../api/endpoints';

/** Saves a downloaded file under its name. */
const save = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/**
 * "Eksportér" in a list's toolbar: CSV or Excel, made by the server with the list's
 * current filter and sort, in the UI's language: every matching row, not only the page.
 * It replaces react-admin's export, which would fetch the records into the browser. A
 * refusal (too many rows, a bad filter) shows the server's message instead of leaving the
 * page; a 401 signs the person out, as anywhere else.
 */
export const ExportMenu = () => {
  const { resource, filterValues, sort, total } = useListContext();
  const locale = useLocale();
  const notify = useNotify();
  const translate = useTranslate();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async (format: ExportFormat) => {
    setAnchor(null);
    setBusy(true);
    try {
      const file = await api.export(resource, format, { filter: filterValues, sort, locale });
      save(file.blob, file.filename ?? `${resource}.${format}`);
    } catch (error) {
      if (await logoutIfAccessDenied(error)) return;
      const refused = error instanceof ApiError && error.status > 0;
      notify(refused ? 'pejling.export.failed' : 'pejling.error.network', {
        type: 'error',
        messageArgs: { detail: refused ? error.detail : '' },
      });
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
