import type { ReactElement } from 'react';
import AccessibilityIcon from '@mui/icons-material/AccessibilityNew';
import KeyIcon from '@mui/icons-material/Key';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { Divider, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import {
  Logout,
  UserMenu as RaUserMenu,
  useNavigate,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { ACCESSIBILITY_PATH } from '../auth/accessibilityPath';
import { useMe } from '../auth/useMe';

/**
 * Who is signed in: name, role and organisation. Text, not a choice: a menu holds only
 * items, so it is an item that cannot be chosen.
 */
const SignedInAs = () => {
  const me = useMe();
  const translate = useTranslate();
  if (!me) return null;
  const role = translate(`pejling.role.${me.role}`);
  return (
    <MenuItem disabled sx={{ display: 'block', '&.Mui-disabled': { opacity: 1 } }}>
      <Typography variant="subtitle2">{me.person.name}</Typography>
      <Typography variant="body2" color="text.secondary">
        {me.organisation ? `${role} · ${me.organisation.shortName}` : role}
      </Typography>
    </MenuItem>
  );
};

/** A page of the person's own: closes the menu and goes there. */
const PageItem = ({ to, icon, label }: { to: string; icon: ReactElement; label: string }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      onClick={() => {
        userMenu?.onClose();
        navigate(to);
      }}
    >
      <ListItemIcon>{icon}</ListItemIcon>
      <ListItemText>{translate(label)}</ListItemText>
    </MenuItem>
  );
};

export const UserMenu = () => (
  <RaUserMenu>
    <SignedInAs />
    <Divider />
    <PageItem
      to="/settings/notifications"
      icon={<NotificationsIcon fontSize="small" />}
      label="pejling.settings.title"
    />
    <PageItem
      to="/change-password"
      icon={<KeyIcon fontSize="small" />}
      label="pejling.password.change"
    />
    {/* Also linked from the sign-in page: it needs no sign-in. */}
    <PageItem
      to={ACCESSIBILITY_PATH}
      icon={<AccessibilityIcon fontSize="small" />}
      label="pejling.auth.accessibility"
    />
    <Logout />
  </RaUserMenu>
);
