import { useRecordContext } from 'react-admin';
import type { MilestoneRecord } from '@pejling/contracts';
import { MilestoneStatusChip } from './MilestoneStatusChip';
import { MilestoneStatusSelect } from './MilestoneStatusSelect';

/** The select for the milestone in the record context: a list row, a show page. */
export const MilestoneStatusField = () => {
  const record = useRecordContext<MilestoneRecord>();
  return record ? <MilestoneStatusSelect record={record} /> : null;
};

/** The status of the milestone in the record context, as a chip: where it cannot be changed. */
export const MilestoneStatusChipField = () => {
  const record = useRecordContext<MilestoneRecord>();
  return record ? <MilestoneStatusChip status={record.status} /> : null;
};
