import { MenuItem, Typography } from '@mui/material';
import { useMe } from '../auth/useMe';
import { useShell } from '../shell/shell';

/**
 * Who is signed in: name, role and organisation. Text, not a choice: a menu holds only
 * items, so it is an item that cannot be chosen.
 */
export const SignedInAs = () => {
  const me = useMe();
  const { translate } = useShell();
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
