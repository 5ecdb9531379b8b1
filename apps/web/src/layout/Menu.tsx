import SendIcon from '@mui/icons-material/Send';
import { CanAccess, Menu as RaMenu } from 'react-admin';

/**
 * Every resource the person may list (in the order `App` declares them, the delivery
 * log last), then running the reminders by hand, for whom may.
 */
export const Menu = () => (
  <RaMenu>
    <RaMenu.ResourceItems />
    <CanAccess resource="reminders" action="run">
      <RaMenu.Item to="/reminders/run" primaryText="pejling.run.title" leftIcon={<SendIcon />} />
    </CanAccess>
  </RaMenu>
);
