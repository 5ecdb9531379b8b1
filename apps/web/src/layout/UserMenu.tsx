import { Divider, ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import {
  Logout,
  UserMenu as RaUserMenu,
  useNavigate,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { ACCOUNT_PAGES, type AccountPage } from './accountPages';
import { SignedInAs } from './SignedInAs';

/** A page of the person's own: closes the menu and goes there. */
const PageItem = ({ to, icon, label }: AccountPage) => {
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
    {ACCOUNT_PAGES.map((page) => (
      <PageItem key={page.to} {...page} />
    ))}
    <Logout />
  </RaUserMenu>
);
