import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { Alert, CssBaseline, Snackbar, ThemeProvider } from '@mui/material';
import { isSignedOut } from '../api/client';
import { api } from '../api/endpoints';
import { translatorOf } from '../i18n/translator';
import { setUiLanguage } from '../i18n/uiLanguage';
import { type NotifyOptions, type Shell, ShellContext } from '../shell/shell';
import type { FrameLanguage } from './frameLanguage';
import { useFrameTheme } from './frameTheme';

/** How long a toast stays, unless it says otherwise: react-admin's default. */
const TOAST_MS = 4000;

interface Toast extends NotifyOptions {
  text: string;
  /** A new toast for each message, even the same text twice. */
  key: number;
}

/**
 * The shell (shell/shell.ts) without react-admin, and the app's theme: the app's messages
 * in the `language` chosen, a toast, a record saved by the API client, and `onSignedOut`
 * when the session has ended. Keeps the page's `lang` and the API client's language, as
 * LocaleSync does in the app.
 */
export const FrameShell = ({
  language: { language, messages },
  onSignedOut,
  children,
}: {
  language: FrameLanguage;
  onSignedOut: () => void;
  children: ReactNode;
}) => {
  const [toast, setToast] = useState<Toast>();
  const translate = useMemo(() => translatorOf(messages), [messages]);
  // Set while rendering, so that the children's first requests already carry it.
  setUiLanguage(language, translate);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const shell = useMemo<Shell>(
    () => ({
      language,
      translate,
      notify: (text, options = {}) => setToast({ text, ...options, key: Date.now() }),
      saveRecord: (resource, record) => api.saveRecord(resource, record),
      signOutIfExpired: async (error) => {
        if (!isSignedOut(error)) return false;
        onSignedOut();
        return true;
      },
    }),
    [language, translate, onSignedOut],
  );
  const close = () => setToast(undefined);
  return (
    <ShellContext.Provider value={shell}>
      <ThemeProvider theme={useFrameTheme()}>
        <CssBaseline />
        {children}
        <Snackbar
          key={toast?.key}
          open={toast !== undefined}
          autoHideDuration={toast?.autoHideDuration ?? TOAST_MS}
          onClose={(_, reason) => reason !== 'clickaway' && close()}
          anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        >
          {/* role="alert": read out when it shows. The standard look keeps its text at 4.5:1. */}
          <Alert
            severity={toast?.type ?? 'info'}
            onClose={close}
            closeText={translate('ra.action.close')}
            sx={{ boxShadow: 6 }}
          >
            {toast?.text}
          </Alert>
        </Snackbar>
      </ThemeProvider>
    </ShellContext.Provider>
  );
};
