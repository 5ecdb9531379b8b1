import type { InitiativeRecord, MilestoneRecord } from '@pejling/contracts';
import { BuiltApp, dropDatabase, startBuiltApp } from '../support/built-app';
import { DEMO, Session } from '../support/session';

/** Issue 3's "done when", on the built app with the demo accounts. */
describe('accounts, roles and the audit trail on the built app', () => {
  let app: BuiltApp;
  const as: Record<keyof typeof DEMO, Session> = {} as never;

  beforeAll(async () => {
    app = await startBuiltApp();
    for (const key of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
      as[key] = new Session(app.url);
      expect((await as[key].signIn(DEMO[key])).status).toBe(200);
    }
  });
  afterAll(async () => {
    await app.stop();
    await dropDatabase(app.databaseName);
  });

  const json = async <T>(response: Promise<Response>): Promise<T> =>
    (await response).json() as Promise<T>;
  const initiative = async (code: string) =>
    (
      await json<InitiativeRecord[]>(
        as.secretariat.fetch(`/api/initiatives?filter={"q":"${code}"}`),
      )
    ).find((i) => i.code === code) as InitiativeRecord;
  const firstMilestone = async (initiativeId: number) =>
    (
      await json<MilestoneRecord[]>(
        as.secretariat.fetch(`/api/milestones?filter={"initiativeId":${initiativeId}}`),
      )
    )[0];
  const put = (session: Session, m: MilestoneRecord, change: Partial<MilestoneRecord>) =>
    session.fetch(`/api/milestones/${m.id}`, {
      method: 'PUT',
      body: JSON.stringify({ ...m, ...change }),
    });

  it('answers 401 without a session and 200 with the secretariat', async () => {
    expect((await fetch(`${app.url}/api/initiatives`)).status).toBe(401);
    expect((await as.secretariat.fetch('/api/initiatives')).status).toBe(200);
  });

  it("lets UFM's owner change milestones of UFM's initiatives but not of CED's", async () => {
    const ced = await firstMilestone((await initiative('D.1')).id);
    const refused = await put(as.ufm, ced, { title: 'Ændret af UFM' });
    expect(refused.status).toBe(403);
    expect(await json<MilestoneRecord>(as.secretariat.fetch(`/api/milestones/${ced.id}`))).toEqual(
      ced,
    );

    const own = await firstMilestone((await initiative('A.1')).id);
    const accepted = await put(as.ufm, own, { title: 'Ændret af UFM' });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({
      title: 'Ændret af UFM',
      version: own.version + 1,
    });
  });

  it('refuses every write by the steering group', async () => {
    const m = await firstMilestone((await initiative('B.3')).id);
    expect((await put(as.steering, m, { title: 'x' })).status).toBe(403);
    const create = await as.steering.fetch('/api/organisations', {
      method: 'POST',
      body: JSON.stringify({ name: 'Ny', shortName: 'NY', kind: 'other' }),
    });
    expect(create.status).toBe(403);
    expect((await as.steering.fetch(`/api/milestones/${m.id}`, { method: 'DELETE' })).status).toBe(
      403,
    );
  });

  it('answers a stale version with 409 and the current record, and the audit trail tells who changed what', async () => {
    const m = await firstMilestone((await initiative('A.2')).id);
    const first = await put(as.ufm, m, { status: 'in_progress' });
    expect(first.status).toBe(200);
    const stale = await put(as.secretariat, m, { title: 'Forældet' });
    expect(stale.status).toBe(409);
    expect((await stale.json()).current).toMatchObject({
      id: m.id,
      version: m.version + 1,
      status: 'in_progress',
    });

    const [event] = await json<Record<string, unknown>[]>(
      as.steering.fetch(`/api/audit-events?filter={"resource":"milestones","recordId":${m.id}}`),
    );
    expect(event).toMatchObject({
      personName: 'Peter Lund',
      action: 'update',
      before: expect.objectContaining({ status: m.status }),
      after: expect.objectContaining({ status: 'in_progress' }),
    });
  });

  it('ends the session at sign-out: the old cookie answers 401', async () => {
    const session = new Session(app.url);
    await session.signIn(DEMO.ced);
    const cookie = session.cookieHeader;
    expect((await session.fetch('/api/auth/me')).status).toBe(200);
    expect((await session.fetch('/api/auth/logout', { method: 'POST' })).status).toBe(204);
    const replay = await fetch(`${app.url}/api/auth/me`, { headers: { cookie } });
    expect(replay.status).toBe(401);
  });
});
