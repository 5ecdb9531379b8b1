import { ACTIONS, OPERATIONS } from './auth';
import {
  draftsReadBy,
  mayWriteAuthored,
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
      secretariat: [
        'run-reminders',
        'list-all-deliveries',
        'resend-reminders',
        'run-rounds',
        'approve-measurements',
        'export-workbooks',
        'import-plans',
      ],
      owner: [],
      steering: ['review-rounds', 'export-workbooks'],
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
    const may = (person: typeof owner | typeof author | typeof secretariat, action: string) =>
      mayWriteAuthored(person, 'comments', action, comment);
    expect(may(author, 'edit')).toBe(true);
    expect(may(author, 'delete')).toBe(true);
    expect(may(secretariat, 'edit')).toBe(false);
    expect(may(secretariat, 'delete')).toBe(true);
    expect(may(owner, 'delete')).toBe(false);
    expect(may(owner, 'create')).toBe(true);
  });

  it('a decision is changed or deleted by whoever recorded it or the secretariat', () => {
    const decision = { createdByPersonId: 7 };
    const author = { personId: 7, role: 'steering' as const };
    const otherMember = { personId: 8, role: 'steering' as const };
    const secretariat = { personId: 1, role: 'secretariat' as const };
    for (const action of ['edit', 'delete']) {
      expect(mayWriteAuthored(author, 'round-outcomes', action, decision)).toBe(true);
      expect(mayWriteAuthored(secretariat, 'round-outcomes', action, decision)).toBe(true);
      expect(mayWriteAuthored(otherMember, 'round-outcomes', action, decision)).toBe(false);
    }
    // One recorded before authors were kept (none) is the secretariat's alone.
    const unknown = { createdByPersonId: null };
    expect(
      mayWriteAuthored({ personId: null, role: 'steering' }, 'round-outcomes', 'edit', unknown),
    ).toBe(false);
    expect(mayWriteAuthored(otherMember, 'round-outcomes', 'create', decision)).toBe(true);
    expect(mayWriteAuthored(otherMember, 'milestones', 'edit', decision)).toBe(true);
  });

  it('the decisions of a round marked reviewed are final: none is added, changed or deleted', () => {
    for (const action of ['create', 'edit', 'delete']) {
      expect(stateRefusal('round-outcomes', action, { roundReviewed: true })).toBe(
        'round_reviewed',
      );
      expect(stateRefusal('round-outcomes', action, { roundReviewed: false })).toBeUndefined();
    }
    expect(stateRefusal('round-outcomes', 'show', { roundReviewed: true })).toBeUndefined();
  });

  it('a draft report is read by the secretariat and by the owners of its initiative only', () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, draftsReadBy(role)]))).toEqual({
      secretariat: 'all',
      owner: 'own-initiatives',
      steering: 'none',
    });
  });
});
