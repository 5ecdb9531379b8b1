import { useId, useState } from 'react';
import AccountCircle from '@mui/icons-material/AccountCircle';
import PowerSettingsNewIcon from '@mui/icons-material/PowerSettingsNew';
import {
  Divider,
  IconButton,
  ListItemIcon,
  ListItemText,
  Menu,
  MenuItem,
  Tooltip,
} from '@mui/material';
import { ACCOUNT_PAGES } from '../layout/accountPages';
import { SignedInAs } from '../layout/SignedInAs';
import { useShell } from '../shell/shell';

/**
 * The user menu, as the app's: who is signed in, their own pages (the app opens them) and
 * signing out.
 */
export const FrameUserMenu = ({ onSignOut }: { onSignOut: () => void }) => {
  const { translate } = useShell();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const label = translate('ra.auth.user_menu');
  const close = () => setAnchor(null);
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="menu"
          aria-controls={anchor ? menuId : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <AccountCircle />
        </IconButton>
      </Tooltip>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={close}>
        <SignedInAs />
        <Divider />
        {ACCOUNT_PAGES.map(({ to, icon, label: page }) => (
          <MenuItem key={to} component="a" href={`#${to}`} onClick={close}>
            <ListItemIcon>{icon}</ListItemIcon>
            <ListItemText>{translate(page)}</ListItemText>
          </MenuItem>
        ))}
        <MenuItem
          onClick={() => {
            close();
            onSignOut();
          }}
        >
          <ListItemIcon>
            <PowerSettingsNewIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{translate('ra.auth.logout')}</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
};
