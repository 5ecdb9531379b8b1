import type { AuditEventRecord, PersonRecord } from '@pejling/contracts';
import request from 'supertest';
import { issueUnsubscribeToken } from '../auth/link-tokens';
import {
  Account,
  PASSWORD,
  SignedInWorld,
  lastAuditEventId,
  useSignedInWorld,
} from '../testing/accounts';
import type { TestApp } from '../testing/test-app';

/**
 * Whatever route changes a person's record (a PUT, the unsubscribe link, the calendar
 * feed), the change is versioned and audited as the person's, so that a PUT from the
 * version read before answers 409 rather than undoing it.
 */
describe("a person's own changes to their record", () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });

  const read = async (who: Account): Promise<PersonRecord> =>
    (await who.agent.get(`/api/people/${who.id}`).expect(200)).body;
  /** The audit events written since `after`, oldest first (the secretariat reads them). */
  const eventsSince = async (after: number): Promise<AuditEventRecord[]> =>
    (
      (
        await w.accounts.secretariat.agent
          .get('/api/audit-events')
          .query({ filter: JSON.stringify({ resource: 'people' }), sort: '["id","ASC"]' })
          .expect(200)
      ).body as AuditEventRecord[]
    ).filter((event) => event.id > after);
  /** A PUT of the record as `stale` was read, with a change. */
  const putFrom = (who: Account, stale: PersonRecord, change: Partial<PersonRecord>) =>
    who.agent.put(`/api/people/${who.id}`).send({ ...stale, ...change });

  it('unsubscribing is versioned and audited as the person, and a PUT from before it is a 409', async () => {
    const anna = w.accounts.anna;
    const before = await read(anna);
    expect(before.remindersEnabled).toBe(true);
    const start = await lastAuditEventId(t);
    const token = await issueUnsubscribeToken(t.dataSource, anna.id);

    const res = await request(t.app.getHttpServer()).post(`/api/unsubscribe/${token}`).expect(200);
    expect(res.body).toEqual({ name: anna.name });
    const after = await read(anna);
    expect(after).toMatchObject({ remindersEnabled: false, version: before.version + 1 });
    expect(await eventsSince(start)).toEqual([
      expect.objectContaining({
        personId: anna.id,
        personName: anna.name,
        resource: 'people',
        recordId: anna.id,
        action: 'update',
        before,
        after,
      }),
    ]);

    // Her settings page, open since before, saves what it read: it must not turn them on.
    const stale = await putFrom(anna, before, { title: 'Chefkonsulent' });
    expect({ status: stale.status, current: stale.body.current }).toEqual({
      status: 409,
      current: after,
    });
    expect(await read(anna)).toEqual(after);

    // A second click changes nothing more.
    await request(t.app.getHttpServer()).post(`/api/unsubscribe/${token}`).expect(200);
    expect(await read(anna)).toEqual(after);
    expect(await eventsSince(start)).toHaveLength(1);
  });

  it('turning the calendar feed on, renewing and stopping it are versioned and audited as the person', async () => {
    const dorte = w.accounts.dorte;
    const before = await read(dorte);
    expect(before.calendarFeedSince).toBeNull();
    const start = await lastAuditEventId(t);

    const made = await dorte.agent.post('/api/calendar-link').expect(201);
    const on = await read(dorte);
    expect(on).toMatchObject({
      calendarFeedSince: made.body.createdAt,
      version: before.version + 1,
    });
    expect((await putFrom(dorte, before, { title: 'Konsulent' })).status).toBe(409);

    await dorte.agent.post('/api/calendar-link').expect(201);
    const renewed = await read(dorte);
    expect(renewed.version).toBe(on.version + 1);
    expect(renewed.calendarFeedSince).not.toBe(on.calendarFeedSince);

    await dorte.agent.delete('/api/calendar-link').expect(204);
    const off = await read(dorte);
    expect(off).toMatchObject({ calendarFeedSince: null, version: renewed.version + 1 });
    // Stopping a feed that is not there changes nothing.
    await dorte.agent.delete('/api/calendar-link').expect(204);
    expect(await read(dorte)).toEqual(off);

    expect(
      (await eventsSince(start)).map((e) => [e.personId, e.action, e.before, e.after]),
    ).toEqual([
      [dorte.id, 'update', before, on],
      [dorte.id, 'update', on, renewed],
      [dorte.id, 'update', renewed, off],
    ]);
  });

  it('a new password is bookkeeping, not a change of the record: a PUT from before it still goes through', async () => {
    const anna = w.accounts.anna;
    const before = await read(anna);
    const start = await lastAuditEventId(t);
    await anna.agent
      .post('/api/auth/password')
      .send({ currentPassword: PASSWORD, newPassword: 'en-helt-ny-og-lang-adgangskode' })
      .expect(204);
    expect(await read(anna)).toEqual(before);
    await putFrom(anna, before, { title: 'Chefkonsulent' }).expect(200);
    expect((await eventsSince(start)).map((e) => e.after?.['title'])).toEqual(['Chefkonsulent']);
  });
});
