import SendIcon from '@mui/icons-material/Send';
import TimelineIcon from '@mui/icons-material/ViewTimeline';
import { CanAccess, Menu as RaMenu } from 'react-admin';

/**
 * The dashboard and the timeline, every resource the person may list (in the order `App`
 * declares them, the delivery log last), then running the reminders by hand, for whom may.
 */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.Item to="/timeline" primaryText="pejling.timeline.title" leftIcon={<TimelineIcon />} />
    <RaMenu.ResourceItems />
    <CanAccess resource="reminders" action="run">
      <RaMenu.Item to="/reminders/run" primaryText="pejling.run.title" leftIcon={<SendIcon />} />
    </CanAccess>
  </RaMenu>
);
