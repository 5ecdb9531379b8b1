import { MILESTONE_STATUSES } from './enums';
import { isMilestoneOpen, isMilestoneOverdue } from './milestones';

describe('the milestone rules', () => {
  it('a milestone is open until it is done or cancelled', () => {
    expect(MILESTONE_STATUSES.filter(isMilestoneOpen)).toEqual([
      'planned',
      'in_progress',
      'delayed',
    ]);
  });

  it('an open milestone is overdue from the day after its due date', () => {
    const due = { dueDate: '2017-06-14', status: 'in_progress' as const };
    expect(isMilestoneOverdue(due, '2017-06-14')).toBe(false);
    expect(isMilestoneOverdue(due, '2017-06-15')).toBe(true);
    expect(isMilestoneOverdue({ ...due, status: 'done' }, '2017-06-15')).toBe(false);
    expect(isMilestoneOverdue({ ...due, status: 'cancelled' }, '2017-06-15')).toBe(false);
  });
});
