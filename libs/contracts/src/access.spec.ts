import { ACTIONS, OPERATIONS } from './auth';
import {
  mayWriteComment,
  operationsFor,
  permissionsFor,
  roleMay,
  roleMayDo,
  stateRefusal,
} from './access';
import { ROLES } from './enums';
import { PLAN_RESOURCES, RESOURCES } from './resources';

describe('the access rules server and web app share', () => {
  it('the secretariat keeps the plan, the rounds and the rules; reads both logs', () => {
    for (const resource of [...PLAN_RESOURCES, 'reporting-rounds', 'reminder-rules'] as const) {
      expect(ACTIONS.every((action) => roleMay('secretariat', resource, action))).toBe(true);
    }
    expect(permissionsFor('secretariat')['audit-events']).toEqual(['list', 'show']);
    expect(permissionsFor('secretariat')['reminder-deliveries']).toEqual(['list', 'show']);
  });

  it('the steering group reads everything and writes only outcomes, comments and its own profile', () => {
    for (const resource of RESOURCES) {
      expect(roleMay('steering', resource, 'list') && roleMay('steering', resource, 'show')).toBe(
        true,
      );
      const writes = ACTIONS.filter(
        (action) => !['list', 'show'].includes(action) && roleMay('steering', resource, action),
      );
      const expected: Record<string, string[]> = {
        'round-outcomes': ['create', 'edit', 'delete'],
        comments: ['create', 'edit', 'delete'],
        people: ['edit'],
      };
      expect([resource, writes]).toEqual([resource, expected[resource] ?? []]);
    }
  });

  it('an owner changes initiatives, milestones and reports, never deletes a milestone or reads the audit trail', () => {
    expect(roleMay('owner', 'initiatives', 'edit')).toBe(true);
    expect(roleMay('owner', 'initiatives', 'create')).toBe(false);
    expect(roleMay('owner', 'milestones', 'create')).toBe(true);
    expect(roleMay('owner', 'milestones', 'delete')).toBe(false);
    expect(roleMay('owner', 'status-reports', 'delete')).toBe(true);
    expect(roleMay('owner', 'audit-events', 'list')).toBe(false);
    expect(roleMay('owner', 'reminder-rules', 'edit')).toBe(false);
  });

  it('operations beyond records: the secretariat runs reminders and rounds, the steering group reviews', () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, operationsFor(role)]))).toEqual({
      secretariat: ['run-reminders', 'list-all-deliveries', 'resend-reminders', 'run-rounds'],
      owner: [],
      steering: ['review-rounds'],
    });
    for (const operation of OPERATIONS) {
      expect(ROLES.filter((role) => roleMayDo(role, operation))).toEqual(
        ROLES.filter((role) => operationsFor(role).includes(operation)),
      );
    }
  });

  it('a closed round is never changed, only a draft round is deleted, a submitted report never changes', () => {
    expect(stateRefusal('reporting-rounds', 'edit', { state: 'draft' })).toBeUndefined();
    expect(stateRefusal('reporting-rounds', 'edit', { state: 'open' })).toBeUndefined();
    expect(stateRefusal('reporting-rounds', 'edit', { state: 'closed' })).toBe('round_closed');
    expect(stateRefusal('reporting-rounds', 'delete', { state: 'closed' })).toBe('round_closed');
    expect(stateRefusal('reporting-rounds', 'delete', { state: 'open' })).toBe('round_not_draft');
    expect(stateRefusal('reporting-rounds', 'delete', { state: 'draft' })).toBeUndefined();
    expect(stateRefusal('status-reports', 'edit', { state: 'submitted' })).toBe('report_submitted');
    expect(stateRefusal('status-reports', 'delete', { state: 'submitted' })).toBe(
      'report_submitted',
    );
    expect(stateRefusal('status-reports', 'edit', { state: 'draft' })).toBeUndefined();
    expect(stateRefusal('status-reports', 'show', { state: 'submitted' })).toBeUndefined();
  });

  it('a comment is changed by its author only, and deleted by its author or the secretariat', () => {
    const comment = { authorPersonId: 7 };
    const author = { personId: 7, role: 'steering' as const };
    const secretariat = { personId: 1, role: 'secretariat' as const };
    const owner = { personId: 2, role: 'owner' as const };
    expect(mayWriteComment(author, 'edit', comment)).toBe(true);
    expect(mayWriteComment(author, 'delete', comment)).toBe(true);
    expect(mayWriteComment(secretariat, 'edit', comment)).toBe(false);
    expect(mayWriteComment(secretariat, 'delete', comment)).toBe(true);
    expect(mayWriteComment(owner, 'delete', comment)).toBe(false);
    expect(mayWriteComment(owner, 'create', comment)).toBe(true);
  });
});
