import {
  ACTIONS,
  operationsFor,
  permissionsFor,
  RESOURCES,
  roleMay,
  ROLES,
  type Me,
  type Role,
} from '@pejling/contracts';
import { canAccessAs } from './canAccess';

const ME_ID = 7;
const OTHER_ID = 8;

/** A signed-in person as GET /api/auth/me describes them, owning `initiativeIds`. */
const signedIn = (role: Role, initiativeIds: number[] = [], dataTargetIds: number[] = []): Me => ({
  person: { id: ME_ID, name: 'Ane', email: 'ane@example.dk', organisationId: null, language: 'da' },
  role,
  organisation: null,
  permissions: permissionsFor(role),
  operations: operationsFor(role),
  initiativeIds,
  dataTargetIds,
});

const secretariat = signedIn('secretariat');
const steering = signedIn('steering');
// Owns initiatives 1 and 2, and the data of target 7.
const owner = signedIn('owner', [1, 2], [7]);
const ownerOfNothing = signedIn('owner');

/** The resources an owner writes to only where the initiative is theirs. */
const OWNED = ['initiatives', 'milestones', 'status-reports'];

describe('canAccessAs', () => {
  describe('a resource without a record (menus, routes, Create buttons)', () => {
    const cases = ROLES.flatMap((role) =>
      RESOURCES.flatMap((resource) => ACTIONS.map((action) => ({ role, resource, action }))),
    );

    it.each(cases)('$role may $action $resource as the role table says', (c) => {
      // Everyone edits their own profile, whatever the table says of people.
      const expected =
        roleMay(c.role, c.resource, c.action) || (c.resource === 'people' && c.action === 'edit');
      // One who owns an initiative and a target's data.
      expect(canAccessAs(signedIn(c.role, [1], [7]), c.resource, c.action)).toBe(expected);
    });

    it.each(
      OWNED.flatMap((resource) => ['create', 'edit', 'delete'].map((action) => [resource, action])),
    )('an owner of no initiative may not %s/%s, but may still read them', (resource, action) => {
      expect(canAccessAs(ownerOfNothing, resource, action)).toBe(false);
      expect(canAccessAs(ownerOfNothing, resource, 'list')).toBe(true);
      expect(canAccessAs(ownerOfNothing, resource, 'show')).toBe(true);
    });

    it('answers no for a resource or an action it does not know', () => {
      expect(canAccessAs(secretariat, 'unknown', 'list')).toBe(false);
      expect(canAccessAs(secretariat, 'initiatives', 'export')).toBe(false);
    });
  });

  describe('operations beyond records (Me.operations)', () => {
    const operations: [string, string, Role[]][] = [
      ['reminders', 'run', ['secretariat']],
      ['reminder-deliveries', 'resend', ['secretariat']],
      ['reporting-rounds', 'open', ['secretariat']],
      ['reporting-rounds', 'close', ['secretariat']],
      ['reporting-rounds', 'remind', ['secretariat']],
      ['reporting-rounds', 'review', ['steering']],
      ['measurements', 'approve', ['secretariat']],
      ['measurements', 'return', ['secretariat']],
      ['workbooks', 'export', ['secretariat', 'steering']],
      ['plans', 'import', ['secretariat']],
    ];
    it.each(operations)('%s.%s is for %j', (resource, action, roles) => {
      for (const role of ROLES) {
        expect(canAccessAs(signedIn(role, [1]), resource, action)).toBe(roles.includes(role));
        // A record does not change who may: the state buttons check the state themselves.
        expect(canAccessAs(signedIn(role, [1]), resource, action, { id: 1, state: 'closed' })).toBe(
          roles.includes(role),
        );
      }
    });
  });

  describe("a record's state rules writes out for everyone", () => {
    it.each([
      ['draft', true, true],
      ['open', true, false],
      ['closed', false, false],
    ])('a %s reporting round: edit %s, delete %s', (state, edit, remove) => {
      const round = { id: 4, state };
      expect(canAccessAs(secretariat, 'reporting-rounds', 'edit', round)).toBe(edit);
      expect(canAccessAs(secretariat, 'reporting-rounds', 'delete', round)).toBe(remove);
      expect(canAccessAs(secretariat, 'reporting-rounds', 'show', round)).toBe(true);
    });

    it('a round whose state is not known yet may be deleted by the secretariat', () => {
      expect(canAccessAs(secretariat, 'reporting-rounds', 'delete', { id: 4 })).toBe(true);
    });

    it.each([
      [secretariat, 'the secretariat'],
      [owner, 'an owner of the initiative'],
    ])('a submitted status report is changed or deleted by no one, not even %s', (me) => {
      const submitted = { id: 5, initiativeId: 1, state: 'submitted' };
      const draft = { ...submitted, state: 'draft' };
      for (const action of ['edit', 'delete']) {
        expect(canAccessAs(me, 'status-reports', action, submitted)).toBe(false);
        expect(canAccessAs(me, 'status-reports', action, draft)).toBe(true);
      }
      expect(canAccessAs(me, 'status-reports', 'show', submitted)).toBe(true);
    });
  });

  describe('a comment is its author’s', () => {
    const mine = { id: 3, initiativeId: 9, authorPersonId: ME_ID };
    const theirs = { ...mine, authorPersonId: OTHER_ID };

    it.each([secretariat, steering, owner, ownerOfNothing])(
      '$role edits and deletes its own',
      (me) => {
        expect(canAccessAs(me, 'comments', 'edit', mine)).toBe(true);
        expect(canAccessAs(me, 'comments', 'delete', mine)).toBe(true);
        expect(canAccessAs(me, 'comments', 'edit', theirs)).toBe(false);
      },
    );

    it('only the secretariat deletes another’s', () => {
      expect(canAccessAs(secretariat, 'comments', 'delete', theirs)).toBe(true);
      expect(canAccessAs(steering, 'comments', 'delete', theirs)).toBe(false);
      expect(canAccessAs(owner, 'comments', 'delete', theirs)).toBe(false);
    });

    it('anyone writes a new one, on any initiative, and reads all', () => {
      for (const me of [secretariat, steering, owner, ownerOfNothing]) {
        expect(canAccessAs(me, 'comments', 'create')).toBe(true);
        expect(canAccessAs(me, 'comments', 'create', { initiativeId: 9 })).toBe(true);
        expect(canAccessAs(me, 'comments', 'show', theirs)).toBe(true);
      }
    });
  });

  describe("a round's decision is its recorder's, and final once the round is reviewed", () => {
    const mine = { id: 4, roundId: 2, createdByPersonId: ME_ID, roundReviewed: false };
    const theirs = { ...mine, createdByPersonId: OTHER_ID };

    it('the steering group changes and deletes only what it recorded itself', () => {
      for (const action of ['edit', 'delete']) {
        expect(canAccessAs(steering, 'round-outcomes', action, mine)).toBe(true);
        expect(canAccessAs(steering, 'round-outcomes', action, theirs)).toBe(false);
      }
      expect(canAccessAs(steering, 'round-outcomes', 'show', theirs)).toBe(true);
    });

    it('the secretariat changes and deletes any; an owner none', () => {
      for (const action of ['edit', 'delete']) {
        expect(canAccessAs(secretariat, 'round-outcomes', action, theirs)).toBe(true);
        expect(
          canAccessAs(owner, 'round-outcomes', action, { ...theirs, createdByPersonId: ME_ID }),
        ).toBe(false);
      }
    });

    it('no one adds, changes or deletes one once the round is reviewed', () => {
      for (const me of [secretariat, steering]) {
        for (const action of ['create', 'edit', 'delete']) {
          expect(canAccessAs(me, 'round-outcomes', action, { ...mine, roundReviewed: true })).toBe(
            false,
          );
        }
        expect(
          canAccessAs(me, 'round-outcomes', 'create', { roundId: 2, roundReviewed: false }),
        ).toBe(true);
      }
    });
  });

  describe("an owner's writes hold for their own initiatives", () => {
    it.each([
      ['initiatives', { id: 1 }, { id: 3 }],
      ['milestones', { id: 10, initiativeId: 2 }, { id: 11, initiativeId: 3 }],
      ['status-reports', { id: 12, initiativeId: 1, state: 'draft' }, { id: 13, initiativeId: 3 }],
    ])('%s: their own, not another’s', (resource, own, other) => {
      expect(canAccessAs(owner, resource, 'edit', own)).toBe(true);
      expect(canAccessAs(owner, resource, 'edit', other)).toBe(false);
      expect(canAccessAs(owner, resource, 'show', other)).toBe(true);
    });

    it('reads an initiative id given as text, as a form may hold it', () => {
      expect(canAccessAs(owner, 'milestones', 'edit', { initiativeId: '2' })).toBe(true);
    });

    it('may create a milestone or a report on their own initiative only', () => {
      expect(canAccessAs(owner, 'milestones', 'create', { initiativeId: 1 })).toBe(true);
      expect(canAccessAs(owner, 'milestones', 'create', { initiativeId: 3 })).toBe(false);
      expect(canAccessAs(owner, 'status-reports', 'create', { initiativeId: 2 })).toBe(true);
      expect(canAccessAs(owner, 'status-reports', 'create', { initiativeId: 3 })).toBe(false);
    });

    it('a record that does not say its initiative yet (a new one) is theirs if they own any', () => {
      expect(canAccessAs(owner, 'milestones', 'create', {})).toBe(true);
      expect(canAccessAs(owner, 'milestones', 'create', { initiativeId: null })).toBe(true);
      expect(canAccessAs(ownerOfNothing, 'milestones', 'create', {})).toBe(false);
    });

    it('still may not do what the role does not allow on their own (delete an initiative)', () => {
      expect(canAccessAs(owner, 'initiatives', 'delete', { id: 1 })).toBe(false);
      expect(canAccessAs(owner, 'initiatives', 'create')).toBe(false);
    });

    it('the secretariat writes to any initiative, the steering group to none', () => {
      expect(canAccessAs(secretariat, 'initiatives', 'edit', { id: 3 })).toBe(true);
      expect(canAccessAs(secretariat, 'milestones', 'delete', { initiativeId: 3 })).toBe(true);
      expect(canAccessAs(steering, 'initiatives', 'edit', { id: 3 })).toBe(false);
      expect(canAccessAs(steering, 'milestones', 'create', { initiativeId: 3 })).toBe(false);
    });
  });

  describe("a target's figures are its data owner's until approved", () => {
    it('lets an owner propose and change the figures of a target whose data they own (7)', () => {
      expect(canAccessAs(owner, 'measurements', 'create')).toBe(true);
      expect(canAccessAs(ownerOfNothing, 'measurements', 'create')).toBe(false);
      for (const action of ['edit', 'delete']) {
        const figure = (targetId: number, state: string) => ({ id: 1, targetId, state });
        expect(canAccessAs(owner, 'measurements', action, figure(7, 'proposed'))).toBe(true);
        expect(canAccessAs(owner, 'measurements', action, figure(7, 'returned'))).toBe(true);
        expect(canAccessAs(owner, 'measurements', action, figure(7, 'approved'))).toBe(false);
        expect(canAccessAs(owner, 'measurements', action, figure(8, 'proposed'))).toBe(false);
        expect(canAccessAs(secretariat, 'measurements', action, figure(8, 'approved'))).toBe(true);
        expect(canAccessAs(steering, 'measurements', action, figure(7, 'proposed'))).toBe(false);
      }
    });
  });

  describe('people', () => {
    it.each(ROLES)('a %s edits their own profile', (role) => {
      expect(canAccessAs(signedIn(role), 'people', 'edit', { id: ME_ID })).toBe(true);
      expect(canAccessAs(signedIn(role), 'people', 'edit')).toBe(true);
    });

    it("an owner edits no one else's, and only the secretariat creates or deletes people", () => {
      expect(canAccessAs(owner, 'people', 'edit', { id: OTHER_ID })).toBe(false);
      for (const me of [steering, owner]) {
        expect(canAccessAs(me, 'people', 'create')).toBe(false);
        expect(canAccessAs(me, 'people', 'delete', { id: ME_ID })).toBe(false);
      }
      expect(canAccessAs(secretariat, 'people', 'edit', { id: OTHER_ID })).toBe(true);
      expect(canAccessAs(secretariat, 'people', 'delete', { id: OTHER_ID })).toBe(true);
    });

    it("goes by the role table for the steering group's edits: the server keeps them to their own", () => {
      expect(canAccessAs(steering, 'people', 'edit', { id: OTHER_ID })).toBe(true);
    });
  });
});
