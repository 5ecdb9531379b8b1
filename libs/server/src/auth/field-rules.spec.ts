import type {
  InitiativeRecord,
  MilestoneRecord,
  PersonRecord,
  StatusReportRecord,
} from '@pejling/contracts';
import type { Response } from 'supertest';
import { Agent, SignedInWorld, auditCount, useSignedInWorld } from '../testing/accounts';
import { databaseSnapshot, expectError, expectFieldError } from '../testing/expectations';
import type { Body } from '../testing/factories';
import type { TestApp } from '../testing/test-app';

/**
 * What an owner may change within a record they may write: per field, per record they
 * point to, and as whom. Anna Holm (owner at UFM) is responsible for A.1 and B.1; A.2 is
 * CED's (Dorte Dahl's organisation).
 */
describe('per-record and per-field rules', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });

  const anna = () => w.accounts.anna.agent;
  const secretariat = () => w.accounts.secretariat.agent;

  async function read<R>(resource: string, id: number): Promise<R> {
    const res = await secretariat().get(`/api/${resource}/${id}`).expect(200);
    return res.body as R;
  }

  /** Sends a PUT that must be refused, and shows that nothing changed. */
  async function expectRefused(
    send: () => Promise<Response>,
    status: number,
    check: (res: Response) => void,
  ) {
    const before = await databaseSnapshot(t);
    const res = await send();
    expect(res.status).toBe(status);
    check(res);
    expect(await databaseSnapshot(t)).toEqual(before);
  }

  describe('an owner’s initiative', () => {
    const putA1 = async (agent: Agent, change: Body, omit: string[] = []) => {
      const record: Body = {
        ...(await read<InitiativeRecord>('initiatives', w.initiatives.a1.id)),
      };
      for (const field of omit) delete record[field];
      return agent.put(`/api/initiatives/${w.initiatives.a1.id}`).send({ ...record, ...change });
    };

    const LOCKED: {
      field: string;
      to: string;
      value: (w: SignedInWorld) => unknown;
      extra?: Body;
    }[] = [
      { field: 'code', to: 'A.9', value: () => 'A.9' },
      { field: 'focusAreaId', to: 'area B', value: (w) => w.focusAreas.areaB.id },
      { field: 'leadOrganisationIds', to: 'CED', value: (w) => [w.organisations.ced.id] },
      {
        field: 'leadOrganisationIds',
        to: 'UFM and CED',
        value: (w) => [w.organisations.ufm.id, w.organisations.ced.id],
      },
      { field: 'leadOrganisationIds', to: 'none', value: () => null },
      {
        field: 'responsiblePersonIds',
        to: 'Anna and Bo',
        value: (w) => [w.people.anna.id, w.people.bo.id],
      },
      { field: 'responsiblePersonIds', to: 'nobody', value: () => [] },
      {
        field: 'progressOverride',
        to: '50',
        value: () => 50,
        extra: { progressOverrideReason: 'Halvvejs' },
      },
    ];

    it.each(LOCKED.map((c) => [c.field, c.to, c] as const))(
      'changing %s (to %s) is refused with 403 naming the field, and nothing changes',
      async (field, _to, c) => {
        await expectRefused(
          () => putA1(anna(), { ...c.extra, [field]: c.value(w), health: 'red' }),
          403,
          (res) => expectError(res, 403, new RegExp(`(^|, )${field}(, |: )`)),
        );
      },
    );

    it('changing several locked fields at once names each of them', async () => {
      const res = await putA1(anna(), {
        code: 'A.9',
        leadOrganisationIds: [w.organisations.rh.id],
      });
      expectError(res, 403, 'code, leadOrganisationIds: ');
    });

    it('the same PUT changing only description, status and health is accepted', async () => {
      const change = { description: 'Godt i gang', status: 'on_hold', health: 'amber' };
      const res = await putA1(anna(), change);
      expect({ status: res.status, body: res.body }).toEqual({
        status: 200,
        body: expect.objectContaining({ ...change, version: 2 }),
      });
      expect(await read('initiatives', w.initiatives.a1.id)).toEqual(res.body);
    });

    it('the stored values of locked fields may be sent back unchanged, responsible people in any order', async () => {
      await t.dataSource.query(
        'INSERT INTO initiative_responsibles (initiative_id, person_id) VALUES ($1, $2)',
        [w.initiatives.a1.id, w.people.bo.id],
      );
      const stored = await read<InitiativeRecord>('initiatives', w.initiatives.a1.id);
      expect(stored.responsiblePersonIds).toEqual([w.people.anna.id, w.people.bo.id]);
      const res = await putA1(anna(), {
        responsiblePersonIds: [w.people.bo.id, w.people.anna.id],
        title: 'Brobygning',
      });
      expect({ status: res.status, message: res.body.message }).toEqual({
        status: 200,
        message: undefined,
      });
      expect(res.body.responsiblePersonIds).toEqual([w.people.anna.id, w.people.bo.id]);
    });

    it('leaving locked fields out of the body keeps their stored values', async () => {
      // A progress override that only the secretariat may set or clear.
      const override = { progressOverride: 40, progressOverrideReason: 'Skønnet' };
      const set = await putA1(secretariat(), override);
      expect(set.status).toBe(200);
      const res = await putA1(anna(), { title: 'Brobygning' }, [
        'leadOrganisationIds',
        'responsiblePersonIds',
        'progressOverride',
        'progressOverrideReason',
      ]);
      expect({ status: res.status, message: res.body.message }).toEqual({
        status: 200,
        message: undefined,
      });
      expect(await read('initiatives', w.initiatives.a1.id)).toEqual(
        expect.objectContaining({
          title: 'Brobygning',
          leadOrganisationIds: [w.organisations.ufm.id],
          responsiblePersonIds: [w.people.anna.id],
          ...override,
        }),
      );
    });

    it('the secretariat may change every one of those fields', async () => {
      const res = await putA1(secretariat(), {
        code: 'A.9',
        leadOrganisationIds: [w.organisations.ced.id, w.organisations.ufm.id],
        responsiblePersonIds: [w.people.bo.id],
        progressOverride: 10,
        progressOverrideReason: 'Sat af sekretariatet',
      });
      expect(res.status).toBe(200);
    });

    it('an owner through the lead organisation alone may change it too (Dorte, CED, A.2)', async () => {
      const a2 = await read<InitiativeRecord>('initiatives', w.initiatives.a2.id);
      const res = await w.accounts.dorte.agent
        .put(`/api/initiatives/${a2.id}`)
        .send({ ...a2, status: 'in_progress' });
      expect(res.status).toBe(200);
      const refused = await anna()
        .put(`/api/initiatives/${a2.id}`)
        .send({ ...res.body, status: 'on_hold' });
      expectError(refused, 403, 'is not one of yours');
    });

    it('every lead organisation gives its owners a lead’s rights: Dorte (CED) once CED leads B.1 beside RH', async () => {
      const dorte = w.accounts.dorte.agent;
      const b1 = await read<InitiativeRecord>('initiatives', w.initiatives.b1.id);
      const milestone = { initiativeId: b1.id, title: 'Kontakt til RH', dueDate: '2017-09-01' };
      const report = { initiativeId: b1.id, health: 'green', summary: 'Godt i gang' };
      // Before: not hers.
      expectError(
        await dorte.put(`/api/initiatives/${b1.id}`).send(b1),
        403,
        'is not one of yours',
      );
      expect((await dorte.post('/api/milestones').send(milestone)).status).toBe(403);
      expect((await dorte.post('/api/status-reports').send(report)).status).toBe(403);

      const led = await secretariat()
        .put(`/api/initiatives/${b1.id}`)
        .send({ ...b1, leadOrganisationIds: [w.organisations.rh.id, w.organisations.ced.id] })
        .expect(200);
      expect(led.body.leadOrganisationIds).toEqual([w.organisations.rh.id, w.organisations.ced.id]);
      const { body: me } = await dorte.get('/api/auth/me').expect(200);
      expect(me.initiativeIds).toContain(b1.id);
      await dorte
        .put(`/api/initiatives/${b1.id}`)
        .send({ ...led.body, health: 'amber' })
        .expect(200);
      await dorte.post('/api/milestones').send(milestone).expect(201);
      await dorte.post('/api/status-reports').send(report).expect(201);
      // The leads themselves stay the secretariat's to change.
      expectError(
        await dorte
          .put(`/api/initiatives/${b1.id}`)
          .send({ ...led.body, version: 2, leadOrganisationIds: [w.organisations.ced.id] }),
        403,
        'leadOrganisationIds: ',
      );
    });

    it('a stale version of someone else’s initiative is refused as not theirs (403), not as stale', async () => {
      const a2 = await read<InitiativeRecord>('initiatives', w.initiatives.a2.id);
      const res = await anna()
        .put(`/api/initiatives/${a2.id}`)
        .send({ ...a2, version: 7 });
      expect(res.status).toBe(403);
      expect(res.body.current).toBeUndefined();
    });
  });

  describe('an owner’s milestones', () => {
    const putWorkshop = async (agent: Agent, change: Body) => {
      const m = await read<MilestoneRecord>('milestones', w.milestones.workshop.id);
      return agent.put(`/api/milestones/${m.id}`).send({ ...m, ...change });
    };

    it('cannot be moved to someone else’s initiative', async () => {
      await expectRefused(
        () => putWorkshop(anna(), { initiativeId: w.initiatives.a2.id }),
        403,
        (res) => expectError(res, 403, `initiative ${w.initiatives.a2.id} is not one of yours`),
      );
    });

    it('can be moved to another of her initiatives', async () => {
      const res = await putWorkshop(anna(), { initiativeId: w.initiatives.b1.id });
      expect({ status: res.status, initiativeId: res.body.initiativeId }).toEqual({
        status: 200,
        initiativeId: w.initiatives.b1.id,
      });
    });

    it('of someone else’s initiative cannot be changed, nor moved to hers', async () => {
      const messe = await read<MilestoneRecord>('milestones', w.milestones.messe.id);
      await expectRefused(
        () =>
          w.accounts.dorte.agent
            .put(`/api/milestones/${messe.id}`)
            .send({ ...messe, initiativeId: w.initiatives.a2.id }),
        403,
        (res) => expectError(res, 403, `initiative ${w.initiatives.b1.id} is not one of yours`),
      );
    });

    it('cannot be created on someone else’s initiative', async () => {
      await expectRefused(
        () =>
          anna()
            .post('/api/milestones')
            .send({ initiativeId: w.initiatives.a2.id, title: 'Min', dueDate: '2017-12-01' }),
        403,
        (res) => expectError(res, 403, 'is not one of yours'),
      );
    });
  });

  describe('one’s own person record', () => {
    const putSelf = async (agent: Agent, id: number, change: Body, omit: string[] = []) => {
      const record: Body = { ...(await read<PersonRecord>('people', id)) };
      for (const field of omit) delete record[field];
      return agent.put(`/api/people/${id}`).send({ ...record, ...change });
    };

    const SECRETARIAT_ONLY: [string, (w: SignedInWorld) => unknown][] = [
      ['role', () => 'secretariat'],
      ['active', () => false],
      ['email', () => 'anna@andet.dk'],
      ['organisationId', (w) => w.organisations.ced.id],
      ['organisationId', () => null],
    ];

    it.each(SECRETARIAT_ONLY)(
      'changing one’s own %s is refused with 403 naming it',
      async (field, value) => {
        await expectRefused(
          () => putSelf(anna(), w.accounts.anna.id, { [field]: value(w), name: 'Anna H.' }),
          403,
          (res) => expectError(res, 403, `${field}: only the secretariat may change this`),
        );
      },
    );

    it('name, title and language may be changed', async () => {
      const change = { name: 'Anna Holm-Berg', title: 'Specialkonsulent', language: 'en' };
      const res = await putSelf(anna(), w.accounts.anna.id, change);
      expect({ status: res.status, body: res.body }).toEqual({
        status: 200,
        body: expect.objectContaining({
          ...change,
          role: 'owner',
          active: true,
          organisationId: w.organisations.ufm.id,
        }),
      });
    });

    it('leaving out organisation, role and active keeps them', async () => {
      const res = await putSelf(anna(), w.accounts.anna.id, { title: null }, [
        'organisationId',
        'role',
        'active',
      ]);
      expect({ status: res.status, message: res.body.message }).toEqual({
        status: 200,
        message: undefined,
      });
      expect(await read('people', w.accounts.anna.id)).toEqual(
        expect.objectContaining({
          title: null,
          role: 'owner',
          active: true,
          organisationId: w.organisations.ufm.id,
        }),
      );
    });

    it('someone else’s record cannot be changed', async () => {
      await expectRefused(
        () => putSelf(anna(), w.accounts.dorte.id, { name: 'Dorte' }),
        403,
        (res) => expectError(res, 403, 'only your own profile'),
      );
    });

    it('a steering member changes their own language, but not their role', async () => {
      const steering = w.accounts.steering;
      const res = await putSelf(steering.agent, steering.id, { language: 'da' });
      expect({ status: res.status, language: res.body.language }).toEqual({
        status: 200,
        language: 'da',
      });
      await expectRefused(
        () => putSelf(steering.agent, steering.id, { role: 'secretariat' }),
        403,
        (res) => expectError(res, 403, 'role: only the secretariat may change this'),
      );
    });
  });

  describe('status reports', () => {
    const report = (o: Body = {}) => ({
      initiativeId: w.initiatives.a1.id,
      health: 'green',
      summary: 'Fint',
      ...o,
    });

    it('an owner writes as herself: another author is refused with 403 naming authorPersonId', async () => {
      await expectRefused(
        () =>
          anna()
            .post('/api/status-reports')
            .send(report({ authorPersonId: w.people.bo.id })),
        403,
        (res) => expectFieldError(res, 403, 'authorPersonId'),
      );
    });

    it('without an author, an owner’s report is hers', async () => {
      const res = await anna().post('/api/status-reports').send(report());
      expect({ status: res.status, author: res.body.authorPersonId }).toEqual({
        status: 201,
        author: w.accounts.anna.id,
      });
    });

    it('an owner cannot hand her draft to another author', async () => {
      const draft = await read<StatusReportRecord>('status-reports', w.statusReports.rapportA1.id);
      await expectRefused(
        () =>
          anna()
            .put(`/api/status-reports/${draft.id}`)
            .send({ ...draft, authorPersonId: w.people.bo.id }),
        403,
        (res) => expectFieldError(res, 403, 'authorPersonId'),
      );
    });

    it('an owner cannot report on an initiative that is not hers, even as herself', async () => {
      await expectRefused(
        () =>
          anna()
            .post('/api/status-reports')
            .send(report({ initiativeId: w.initiatives.a2.id })),
        403,
        (res) => expectError(res, 403, 'is not one of yours'),
      );
    });

    it('a draft by someone else on her own initiative is not hers to change or delete', async () => {
      const [draft] = await t.dataSource.query(
        `INSERT INTO status_reports (initiative_id, author_person_id, report_date, health)
         VALUES ($1, $2, '2017-06-01', 'green') RETURNING id`,
        [w.initiatives.b1.id, w.people.bo.id],
      );
      const stored = await read<StatusReportRecord>('status-reports', draft.id);
      await expectRefused(
        () =>
          anna()
            .put(`/api/status-reports/${draft.id}`)
            .send({ ...stored, summary: 'Mit' }),
        403,
        (res) => expectError(res, 403, 'written by someone else'),
      );
      await expectRefused(
        () => anna().delete(`/api/status-reports/${draft.id}`),
        403,
        (res) => expectError(res, 403, 'written by someone else'),
      );
    });

    it('her own submitted report can be neither changed nor deleted (409)', async () => {
      const draft = await read<StatusReportRecord>('status-reports', w.statusReports.rapportA1.id);
      const submitted = await anna()
        .put(`/api/status-reports/${draft.id}`)
        .send({ ...draft, state: 'submitted' });
      expect(submitted.status).toBe(200);
      const events = await auditCount(t);
      await expectRefused(
        () =>
          anna()
            .put(`/api/status-reports/${draft.id}`)
            .send({ ...submitted.body, summary: 'Rettet' }),
        409,
        (res) => expectError(res, 409, 'has been submitted'),
      );
      await expectRefused(
        () => anna().delete(`/api/status-reports/${draft.id}`),
        409,
        (res) => expectError(res, 409, 'has been submitted'),
      );
      expect(await auditCount(t)).toBe(events);
    });
  });
});
