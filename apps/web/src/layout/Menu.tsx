import MyWorkIcon from '@mui/icons-material/AssignmentInd';
import ImportIcon from '@mui/icons-material/Outbox';
import SendIcon from '@mui/icons-material/Send';
import TimelineIcon from '@mui/icons-material/ViewTimeline';
import RegionsIcon from '@mui/icons-material/Map';
import { CanAccess, Menu as RaMenu } from 'react-admin';
import { useMe } from '../auth/useMe';

/**
 * My work (first for an owner, whose page it is; after the regions for the others, who
 * may be responsible for a milestone or two), the dashboard, the timeline and the regions, every
 * resource the person may list (in the order `App` declares them, the delivery log last),
 * then running the reminders by hand and importing a plan from a workbook, for whom may.
 */
export const Menu = () => {
  const role = useMe()?.role;
  const myWork = (
    <RaMenu.Item to="/my-work" primaryText="pejling.my_work.title" leftIcon={<MyWorkIcon />} />
  );
  return (
    <RaMenu>
      {role === 'owner' && myWork}
      <RaMenu.DashboardItem to="/dashboard" />
      <RaMenu.Item
        to="/timeline"
        primaryText="pejling.timeline.title"
        leftIcon={<TimelineIcon />}
      />
      <RaMenu.Item to="/regions" primaryText="pejling.regions.title" leftIcon={<RegionsIcon />} />
      {role !== undefined && role !== 'owner' && myWork}
      <RaMenu.ResourceItems />
      <CanAccess resource="reminders" action="run">
        <RaMenu.Item to="/reminders/run" primaryText="pejling.run.title" leftIcon={<SendIcon />} />
      </CanAccess>
      <CanAccess resource="plans" action="import">
        <RaMenu.Item to="/imports" primaryText="pejling.imports.title" leftIcon={<ImportIcon />} />
      </CanAccess>
    </RaMenu>
  );
};
