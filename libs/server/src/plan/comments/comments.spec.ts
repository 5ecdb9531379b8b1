import type { AuditEventRecord, CommentRecord } from '@pejling/contracts';
import type { Response } from 'supertest';
import {
  Agent,
  SignedInWorld,
  auditCount,
  lastAuditEventId,
  useSignedInWorld,
} from '../../testing/accounts';
import { databaseSnapshot, expectError, expectFieldError, idsOf } from '../../testing/expectations';
import type { TestApp } from '../../testing/test-app';

describe('comments on initiatives', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });

  const anna = () => w.accounts.anna.agent;
  const dorte = () => w.accounts.dorte.agent;
  const secretariat = () => w.accounts.secretariat.agent;
  const steering = () => w.accounts.steering.agent;

  const post = (agent: Agent, body: object) => agent.post('/api/comments').send(body);
  const put = (agent: Agent, comment: CommentRecord, change: Partial<CommentRecord>) =>
    agent.put(`/api/comments/${comment.id}`).send({ ...comment, ...change });
  const read = async (id: number) =>
    (await steering().get(`/api/comments/${id}`).expect(200)).body as CommentRecord;
  const annasComment = () => read(w.extra.commentId);

  /** The audit events written after `since` (an event id), oldest first. */
  async function eventsSince(since: number): Promise<AuditEventRecord[]> {
    const res = await steering()
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ resource: 'comments' }), sort: '["id","ASC"]' })
      .expect(200);
    return (res.body as AuditEventRecord[]).filter((e) => e.id > since);
  }

  /** Sends a request that must be refused, and checks that it changed nothing. */
  async function refused(send: () => PromiseLike<Response>): Promise<Response> {
    const [before, events] = [await databaseSnapshot(t), await auditCount(t)];
    const res = await send();
    expect({ database: await databaseSnapshot(t), events: await auditCount(t) }).toEqual({
      database: before,
      events,
    });
    return res;
  }

  describe('writing one', () => {
    it('is signed by the signed-in owner, on any initiative, trimmed and audited', async () => {
      const since = await lastAuditEventId(t);
      // A.2 is led by CED: not Anna's, and still hers to comment on.
      const res = await post(anna(), {
        initiativeId: w.initiatives.a2.id,
        body: '  Kan vi koordinere med A.1?  ',
      }).expect(201);
      const comment = res.body as CommentRecord;
      expect(comment).toEqual({
        id: expect.any(Number),
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        initiativeId: w.initiatives.a2.id,
        authorPersonId: w.accounts.anna.id,
        body: 'Kan vi koordinere med A.1?',
        editedAt: null,
      });
      expect(await eventsSince(since)).toEqual([
        expect.objectContaining({
          personId: w.accounts.anna.id,
          personName: 'Anna Holm',
          resource: 'comments',
          recordId: comment.id,
          action: 'create',
          before: null,
          after: comment,
          // So the initiative's history shows it.
          initiativeId: w.initiatives.a2.id,
        }),
      ]);
    });

    it('is signed by the secretariat when the secretariat writes it', async () => {
      const res = await post(secretariat(), {
        initiativeId: w.initiatives.b1.id,
        body: 'Husk statusrapporten til september',
      }).expect(201);
      expect(res.body.authorPersonId).toBe(w.accounts.secretariat.id);
    });

    it('takes no author from the body: naming one is a 400', async () => {
      const res = await refused(() =>
        post(dorte(), {
          initiativeId: w.initiatives.a1.id,
          body: 'Skrevet i Annas navn',
          authorPersonId: w.accounts.anna.id,
        }),
      );
      expectFieldError(res, 400, 'authorPersonId');
    });

    it('is open to the steering group, as its member', async () => {
      const { body } = await post(steering(), {
        initiativeId: w.initiatives.a1.id,
        body: 'Styregruppen mener',
      }).expect(201);
      expect(body.authorPersonId).toBe(w.accounts.steering.id);
    });

    it('is refused without a session', async () => {
      const res = await refused(() =>
        post(t.http() as Agent, { initiativeId: w.initiatives.a1.id, body: 'Anonym' }),
      );
      expect(res.status).toBe(401);
    });

    it('answers 404 for an initiative that does not exist', async () => {
      const res = await refused(() => post(anna(), { initiativeId: 99999, body: 'Hallo?' }));
      expectError(res, 404, 'initiative 99999 does not exist');
    });

    it.each([
      { what: 'blank', body: ' \n\t ' },
      { what: 'empty', body: '' },
      { what: 'missing', body: undefined },
      { what: 'not text', body: 42 },
      { what: 'longer than 5000 characters', body: 'x'.repeat(5001) },
    ])('refuses a body that is $what with a 400 naming body', async ({ body }) => {
      const res = await refused(() => post(anna(), { initiativeId: w.initiatives.a1.id, body }));
      expectFieldError(res, 400, 'body');
    });

    it('takes a body of exactly 5000 characters', async () => {
      const body = 'æ'.repeat(5000);
      const res = await post(anna(), { initiativeId: w.initiatives.a1.id, body }).expect(201);
      expect(res.body.body).toBe(body);
    });
  });

  describe('reading', () => {
    it('lists an initiative’s comments oldest first, for every role', async () => {
      const second = await post(dorte(), {
        initiativeId: w.initiatives.a1.id,
        body: 'CED kan hjælpe med workshoppen',
      }).expect(201);
      await post(anna(), { initiativeId: w.initiatives.a2.id, body: 'Andet initiativ' }).expect(
        201,
      );
      for (const agent of [anna(), dorte(), secretariat(), steering()]) {
        const res = await agent
          .get('/api/comments')
          .query({ filter: JSON.stringify({ initiativeId: w.initiatives.a1.id }) })
          .expect(200);
        expect(idsOf(res)).toEqual([w.extra.commentId, second.body.id]);
        expect(res.headers['content-range']).toBe('comments 0-1/2');
      }
    });
  });

  describe('editing', () => {
    it('lets the author change the text, marks it edited and audits it', async () => {
      const before = await annasComment();
      const since = await lastAuditEventId(t);
      const res = await put(anna(), before, { body: 'Workshoppen er flyttet til oktober' }).expect(
        200,
      );
      const after = res.body as CommentRecord;
      expect(after).toEqual({
        ...before,
        version: 2,
        body: 'Workshoppen er flyttet til oktober',
        updatedAt: expect.any(String),
        editedAt: after.updatedAt,
      });
      expect(after.editedAt).not.toBeNull();
      expect(await eventsSince(since)).toEqual([
        expect.objectContaining({
          personId: w.accounts.anna.id,
          recordId: before.id,
          action: 'update',
          before,
          after,
          initiativeId: w.initiatives.a1.id,
        }),
      ]);
    });

    it('does not mark a comment edited when the text stays the same', async () => {
      const before = await annasComment();
      const res = await put(anna(), before, { body: ` ${before.body} ` }).expect(200);
      expect(res.body).toMatchObject({ version: 2, editedAt: null, body: before.body });
    });

    it('is refused with a 403 to anyone but the author, the secretariat included', async () => {
      const comment = await annasComment();
      for (const agent of [dorte(), secretariat(), steering()]) {
        const res = await refused(() => put(agent, comment, { body: 'Omskrevet' }));
        expectError(res, 403, `comment ${comment.id} was written by someone else`);
      }
    });

    it('cannot move a comment to another initiative', async () => {
      const comment = await annasComment();
      const res = await refused(() => put(anna(), comment, { initiativeId: w.initiatives.b1.id }));
      expectFieldError(res, 400, 'initiativeId');
    });

    it('ignores an author sent back with the record', async () => {
      const comment = await annasComment();
      const res = await put(anna(), comment, {
        authorPersonId: w.accounts.dorte.id,
        body: 'Stadig Annas',
      }).expect(200);
      expect(res.body.authorPersonId).toBe(w.accounts.anna.id);
    });

    it('refuses a blank text with a 400 naming body', async () => {
      const comment = await annasComment();
      expectFieldError(await refused(() => put(anna(), comment, { body: '   ' })), 400, 'body');
    });

    it('refuses a stale version with a 409', async () => {
      const comment = await annasComment();
      await put(anna(), comment, { body: 'Første rettelse' }).expect(200);
      const res = await refused(() => put(anna(), comment, { body: 'Anden rettelse' }));
      expectError(res, 409, 'was changed by someone else');
    });
  });

  describe('deleting', () => {
    it('is refused with a 403 to another owner and to the steering group', async () => {
      const id = w.extra.commentId;
      for (const agent of [dorte(), steering()]) {
        expectError(
          await refused(() => agent.delete(`/api/comments/${id}`)),
          403,
          'only its author or the secretariat may delete it',
        );
      }
    });

    it.each(['anna', 'secretariat'] as const)(
      'is allowed to %s, answers the comment and audits it',
      async (who) => {
        const comment = await annasComment();
        const since = await lastAuditEventId(t);
        const res = await w.accounts[who].agent.delete(`/api/comments/${comment.id}`).expect(200);
        expect(res.body).toEqual(comment);
        await steering().get(`/api/comments/${comment.id}`).expect(404);
        expect(await eventsSince(since)).toEqual([
          expect.objectContaining({
            personId: w.accounts[who].id,
            recordId: comment.id,
            action: 'delete',
            before: comment,
            after: null,
            initiativeId: w.initiatives.a1.id,
          }),
        ]);
      },
    );

    it('answers 404 for a comment that does not exist', async () => {
      expectError(await anna().delete('/api/comments/99999'), 404, 'comment 99999 does not exist');
    });
  });

  it('keeps its initiative from being deleted, as milestones do', async () => {
    const initiative = w.extra.initiative;
    await post(anna(), { initiativeId: initiative.id, body: 'Et spørgsmål' }).expect(201);
    const res = await refused(() => secretariat().delete(`/api/initiatives/${initiative.id}`));
    expectError(res, 409, 'still used by comments');
  });
});
