import type { MilestoneRecord } from '@pejling/contracts';
import { ApiError } from '../../api/client';
import {
  initialValues,
  milestoneUpdatesOf,
  openMilestonesOf,
  staleMilestoneIn,
} from './reportValues';

const milestone = (id: number, over: Partial<MilestoneRecord> = {}): MilestoneRecord => ({
  id,
  version: 1,
  createdAt: '2017-01-01T00:00:00Z',
  updatedAt: '2017-01-01T00:00:00Z',
  initiativeId: 1,
  focusAreaId: 1,
  strategyId: 1,
  title: `Milestone ${id}`,
  description: '',
  dueDate: '2017-06-30',
  originalDueDate: '2017-06-30',
  responsiblePersonId: null,
  status: 'planned',
  completedOn: null,
  overdue: false,
  moved: false,
  ...over,
});

describe('openMilestonesOf', () => {
  it('asks about those not done or cancelled, by due date, then id', () => {
    const milestones = [
      milestone(4, { dueDate: '2017-09-01' }),
      milestone(3, { status: 'done' }),
      milestone(2, { dueDate: '2017-03-01' }),
      milestone(1, { dueDate: '2017-09-01', status: 'delayed' }),
      milestone(5, { status: 'cancelled' }),
    ];
    expect(openMilestonesOf(milestones).map((m) => m.id)).toEqual([2, 1, 4]);
  });
});

describe('initialValues', () => {
  const open = [milestone(1, { status: 'in_progress' })];

  it("starts empty with the initiative's health, each milestone as it stands", () => {
    expect(initialValues(undefined, 'amber', open)).toEqual({
      health: 'amber',
      summary: '',
      risks: '',
      nextSteps: '',
      milestones: [{ id: 1, status: 'in_progress', completedOn: null }],
    });
  });

  it("starts from a draft's or a corrected report's texts", () => {
    const from = { health: 'red' as const, summary: 'S', risks: 'R', nextSteps: 'N' };
    expect(initialValues(from, 'green', [])).toEqual({ ...from, milestones: [] });
  });
});

describe('milestoneUpdatesOf', () => {
  const current = new Map([
    [1, milestone(1, { version: 3 })],
    [2, milestone(2, { version: 5, status: 'done', completedOn: '2017-05-01' })],
  ]);

  it('sends only the milestones changed on the form, with the version read', () => {
    expect(
      milestoneUpdatesOf(
        [
          { id: 1, status: 'delayed', completedOn: null },
          { id: 2, status: 'done', completedOn: '2017-05-01' },
        ],
        current,
      ),
    ).toEqual([{ id: 1, version: 3, status: 'delayed' }]);
  });

  it('sends a done milestone’s date, empty for today (the server’s)', () => {
    expect(milestoneUpdatesOf([{ id: 1, status: 'done', completedOn: '' }], current)).toEqual([
      { id: 1, version: 3, status: 'done', completedOn: null },
    ]);
  });

  it('sends a new date for a milestone already done', () => {
    expect(
      milestoneUpdatesOf([{ id: 2, status: 'done', completedOn: '2017-05-02' }], current),
    ).toEqual([{ id: 2, version: 5, status: 'done', completedOn: '2017-05-02' }]);
  });

  it('leaves out a milestone it has not read', () => {
    expect(milestoneUpdatesOf([{ id: 9, status: 'done', completedOn: null }], current)).toEqual([]);
  });
});

describe('staleMilestoneIn', () => {
  const sent = [{ id: 1, status: 'done' as const, completedOn: null }];
  const conflict = (current: unknown) => new ApiError('conflict', 409, { current });

  it('finds the milestone someone changed meanwhile in a 409', () => {
    const now = milestone(1, { version: 4, status: 'delayed' });
    expect(staleMilestoneIn(conflict(now), sent)).toEqual(now);
  });

  it('is not about a milestone for a 409 about the report, one not sent, or another status', () => {
    expect(staleMilestoneIn(conflict({ id: 1, state: 'submitted' }), sent)).toBeUndefined();
    expect(staleMilestoneIn(conflict(milestone(2)), sent)).toBeUndefined();
    expect(
      staleMilestoneIn(new ApiError('no', 403, { current: milestone(1) }), sent),
    ).toBeUndefined();
  });
});
