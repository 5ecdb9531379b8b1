import KeyIcon from '@mui/icons-material/Key';
import { Box, Divider, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import {
  Logout,
  UserMenu as RaUserMenu,
  useNavigate,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { useMe } from '../auth/useMe';

/** Who is signed in: name, role and organisation. Text, not a menu item to choose. */
const SignedInAs = () => {
  const me = useMe();
  const translate = useTranslate();
  if (!me) return null;
  const role = translate(`pejling.role.${me.role}`);
  return (
    <Box component="li" role="none" sx={{ px: 2, pt: 1, pb: 1.5 }}>
      <Typography variant="subtitle2">{me.person.name}</Typography>
      <Typography variant="body2" color="text.secondary">
        {me.organisation ? `${role} · ${me.organisation.shortName}` : role}
      </Typography>
    </Box>
  );
};

const ChangePasswordItem = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      onClick={() => {
        userMenu?.onClose();
        navigate('/change-password');
      }}
    >
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('pejling.password.change')}</ListItemText>
    </MenuItem>
  );
};

export const UserMenu = () => (
  <RaUserMenu>
    <SignedInAs />
    <Divider />
    <ChangePasswordItem />
    <Logout />
  </RaUserMenu>
);
