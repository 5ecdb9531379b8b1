import type { ReactElement } from 'react';
import AccessibilityIcon from '@mui/icons-material/AccessibilityNew';
import KeyIcon from '@mui/icons-material/Key';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { ACCESSIBILITY_PATH } from '../auth/accessibilityPath';

/** A page of the person's own, in the user menu: the app's and the owner's frame's. */
export interface AccountPage {
  to: string;
  icon: ReactElement;
  /** Its name's i18n key. */
  label: string;
}

export const ACCOUNT_PAGES: AccountPage[] = [
  {
    to: '/settings/notifications',
    icon: <NotificationsIcon fontSize="small" />,
    label: 'pejling.settings.title',
  },
  { to: '/change-password', icon: <KeyIcon fontSize="small" />, label: 'pejling.password.change' },
  // Also linked from the sign-in page: it needs no sign-in.
  {
    to: ACCESSIBILITY_PATH,
    icon: <AccessibilityIcon fontSize="small" />,
    label: 'pejling.auth.accessibility',
  },
];
