import type { Response } from 'supertest';
import { Agent, SignedInWorld, auditCount, signIn, useSignedInWorld } from '../testing/accounts';
import { databaseSnapshot, expectError } from '../testing/expectations';
import type { Body } from '../testing/factories';
import type { TestApp } from '../testing/test-app';

const ROUNDS = 20;

type Rec = { id: number; version: number } & Body;

/**
 * No lost updates: every PUT carries the version it was made from; of two updates from the
 * same version exactly one wins, and the other answers 409 with the record as it now is.
 */
describe('lost-update protection', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });

  const read = async (resource: string, id: number): Promise<Rec> =>
    (await w.accounts.secretariat.agent.get(`/api/${resource}/${id}`).expect(200)).body;

  /**
   * Two PUTs of one record from the same version, sent together. Answers the winner's and
   * the loser's answers, after checking that there is exactly one of each.
   */
  async function race(
    resource: string,
    id: number,
    sides: [{ agent: Agent; change: Body }, { agent: Agent; change: Body }],
    round: string,
  ): Promise<{ winner: Response; loser: Response; from: Rec }> {
    const from = await read(resource, id);
    const answers = await Promise.all(
      sides.map(({ agent, change }) =>
        agent.put(`/api/${resource}/${id}`).send({ ...from, ...change }),
      ),
    );
    expect({ round, statuses: answers.map((r) => r.status).sort() }).toEqual({
      round,
      statuses: [200, 409],
    });
    const won = answers.findIndex((r) => r.status === 200);
    const [winner, loser] = [answers[won], answers[1 - won]];
    // The winner's answer is its own change, applied.
    expect({ round, winner: winner.body }).toEqual({
      round,
      winner: expect.objectContaining(sides[won].change),
    });
    return { winner, loser, from };
  }

  /** What every race must show: the loser got the winner's record, which is what is stored. */
  async function expectWinnerKept(
    resource: string,
    id: number,
    { winner, loser, from }: { winner: Response; loser: Response; from: Rec },
    round: string,
  ) {
    expect({ round, version: winner.body.version }).toEqual({ round, version: from.version + 1 });
    expectError(loser, 409, `was changed by someone else (your version ${from.version} is stale)`);
    expect({ round, current: loser.body.current }).toEqual({ round, current: winner.body });
    expect({ round, stored: await read(resource, id) }).toEqual({ round, stored: winner.body });
  }

  describe('a milestone', () => {
    it(`two concurrent PUTs from one version: exactly one wins, ${ROUNDS} times over`, async () => {
      const id = w.milestones.workshop.id;
      const events = await auditCount(t);
      for (let round = 1; round <= ROUNDS; round++) {
        const name = `round ${round}`;
        const result = await race(
          'milestones',
          id,
          [
            {
              agent: w.accounts.anna.agent,
              change: { title: `Anna ${round}`, status: 'in_progress' },
            },
            {
              agent: w.accounts.secretariat.agent,
              change: { title: `Sanne ${round}`, status: 'delayed' },
            },
          ],
          name,
        );
        await expectWinnerKept('milestones', id, result, name);
      }
      // One audit event per winning update, none for the losers.
      expect(await auditCount(t)).toBe(events + ROUNDS);
      expect((await read('milestones', id)).version).toBe(1 + ROUNDS);
    });

    it('both PUTs wait on the row: the one that goes second sees the new version', async () => {
      // Hold the row so that both requests are under way before either can write.
      const id = w.milestones.workshop.id;
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      await runner.query('SELECT 1 FROM milestones WHERE id = $1 FOR UPDATE', [id]);
      const from = await read('milestones', id);
      const pending = Promise.all(
        [w.accounts.anna.agent, w.accounts.secretariat.agent].map((agent, i) =>
          agent.put(`/api/milestones/${id}`).send({ ...from, title: `Holdt ${i}` }),
        ),
      );
      try {
        await waitFor(async () => {
          const [row] = await t.dataSource.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          return row.n === 2;
        });
      } finally {
        await runner.commitTransaction();
        await runner.release();
      }
      const answers = await pending;
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = answers.find((r) => r.status === 200) as Response;
      const loser = answers.find((r) => r.status === 409) as Response;
      await expectWinnerKept('milestones', id, { winner, loser, from }, 'held');
    });

    it('a PUT from a stale version answers 409 with the current record and changes nothing', async () => {
      const id = w.milestones.workshop.id;
      const stale = await read('milestones', id);
      const first = await w.accounts.secretariat.agent
        .put(`/api/milestones/${id}`)
        .send({ ...stale, title: 'Først' })
        .expect(200);
      const before = await databaseSnapshot(t);
      const res = await w.accounts.anna.agent
        .put(`/api/milestones/${id}`)
        .send({ ...stale, title: 'Sidst', status: 'done' });
      expectError(res, 409, 'your version 1 is stale');
      expect(res.body.current).toEqual(first.body);
      expect(await databaseSnapshot(t)).toEqual(before);
    });

    it('a version from the future is as stale as one from the past', async () => {
      const m = await read('milestones', w.milestones.workshop.id);
      const before = await databaseSnapshot(t);
      const res = await w.accounts.anna.agent
        .put(`/api/milestones/${m.id}`)
        .send({ ...m, version: m.version + 1, title: 'Fremtid' });
      expectError(res, 409, 'is stale');
      expect(res.body.current).toEqual(m);
      expect(await databaseSnapshot(t)).toEqual(before);
    });

    it('a PUT without a version is refused (400 naming version)', async () => {
      const m: Body = await read('milestones', w.milestones.workshop.id);
      delete m['version'];
      const res = await w.accounts.anna.agent
        .put(`/api/milestones/${m.id}`)
        .send({ ...m, title: 'Uden version' });
      expectError(res, 400, /(^|; )version: /);
    });
  });

  describe('an initiative, whose update also rewrites its link tables', () => {
    const links = async (id: number) => {
      const [row] = await t.dataSource.query(
        `SELECT ARRAY(SELECT person_id FROM initiative_responsibles WHERE initiative_id = $1 ORDER BY 1) AS responsibles,
                ARRAY(SELECT organisation_id FROM initiative_partners WHERE initiative_id = $1 ORDER BY 1) AS partners`,
        [id],
      );
      return row as { responsibles: number[]; partners: number[] };
    };

    it(`two concurrent PUTs from one version: exactly one wins, links included, ${ROUNDS} times over`, async () => {
      const id = w.initiatives.a1.id;
      const { anna, bo, carl } = w.people;
      const { ufm, rh, ced } = w.organisations;
      const other = await signIn(t, w.accounts.secretariat.email);
      const events = await auditCount(t);
      for (let round = 1; round <= ROUNDS; round++) {
        const name = `round ${round}`;
        const result = await race(
          'initiatives',
          id,
          [
            {
              agent: w.accounts.secretariat.agent,
              change: {
                title: `Første ${round}`,
                responsiblePersonIds: [anna.id, bo.id],
                partnerOrganisationIds: [rh.id],
              },
            },
            {
              agent: other,
              change: {
                title: `Anden ${round}`,
                responsiblePersonIds: [carl.id],
                partnerOrganisationIds: [ufm.id, ced.id],
              },
            },
          ],
          name,
        );
        await expectWinnerKept('initiatives', id, result, name);
        expect({ round: name, links: await links(id) }).toEqual({
          round: name,
          links: {
            responsibles: result.winner.body.responsiblePersonIds,
            partners: result.winner.body.partnerOrganisationIds,
          },
        });
      }
      expect(await auditCount(t)).toBe(events + ROUNDS);
    });

    it('an owner’s PUT from a stale version answers 409 and leaves record and links alone', async () => {
      const id = w.initiatives.a1.id;
      const stale = await read('initiatives', id);
      const changed = await w.accounts.secretariat.agent
        .put(`/api/initiatives/${id}`)
        .send({ ...stale, responsiblePersonIds: [w.people.anna.id, w.people.bo.id] })
        .expect(200);
      const before = await databaseSnapshot(t);
      const res = await w.accounts.anna.agent
        .put(`/api/initiatives/${id}`)
        .send({ ...stale, health: 'red', responsiblePersonIds: undefined });
      expectError(res, 409, 'is stale');
      expect(res.body.current).toEqual(changed.body);
      expect(await databaseSnapshot(t)).toEqual(before);
      expect(await links(id)).toEqual({
        responsibles: [w.people.anna.id, w.people.bo.id],
        partners: [w.organisations.rh.id, w.organisations.ced.id].sort((a, b) => a - b),
      });
    });
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
