import { createContext, useContext } from 'react';
import type { Language } from '@pejling/contracts';

/** A message by its i18n key, with its arguments: react-admin's `translate`, or `translatorOf`'s. */
export type Translate = (key: string, args?: Record<string, unknown>) => string;

/** A record the server keeps under its id, with the version a save must name. */
export interface SavedRecord {
  id: number;
  version: number;
}

/** How a toast looks and how long it stays: as react-admin's notifications take them. */
export interface NotifyOptions {
  type?: 'info' | 'success' | 'warning' | 'error';
  autoHideDuration?: number;
}

/**
 * What a page's components need from the frame they are drawn in: react-admin's app
 * (layout/ReactAdminShell.tsx), or the owner's frame, which draws My work without
 * react-admin so that it opens fast on a phone (owner-frame/). A component that uses this
 * rather than react-admin's hooks can be drawn in either.
 */
export interface Shell {
  /** The UI language. */
  language: Language;
  /** A message of the app's (da.ts, en.ts) by its key, in the UI language. */
  translate: Translate;
  /** Shows `text` (already in words) as a toast, announced to screen readers. */
  notify: (text: string, options?: NotifyOptions) => void;
  /**
   * Saves a record whole, its `version` included (`previous`: as it was read), and resolves
   * to what the server answered; rejects with the server's refusal (409 if it was saved
   * meanwhile). The app's lists and records show the answer; the caller reads again what
   * else depends on it.
   */
  saveRecord: <T extends SavedRecord>(resource: string, record: T, previous: T) => Promise<T>;
  /** Ends the session and leads to the sign-in page if `error` is the server's 401: true then. */
  signOutIfExpired: (error: unknown) => Promise<boolean>;
}

export const ShellContext = createContext<Shell | null>(null);

export const useShell = (): Shell => {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell: drawn outside a ShellContext');
  return shell;
};
