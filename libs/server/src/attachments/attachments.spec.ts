import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { AttachmentRecord, AuditEventRecord } from '@pejling/contracts';
import { AccountName, Agent, PASSWORD, SignedInWorld, useSignedInWorld } from '../testing/accounts';
import { expectError, expectFieldError } from '../testing/expectations';
import { pageTexts } from '../testing/pdf-text';
import {
  DOCM,
  DOCX,
  ENCRYPTED_DOCX,
  JPEG,
  MINIMAL_PDF,
  ODT,
  OLD_WORD,
  PLAIN_ZIP,
  PNG,
  ZIP_BOMB_ENTRY,
  ZIP_CLAIMING_300_MB,
} from '../testing/sample-files';
import type { TestApp } from '../testing/test-app';
import { binary } from '../testing/bytes';

type ParentType = AttachmentRecord['parentType'];
const MB = 1024 * 1024;
/** The default limit of one file (ATTACHMENT_MAX_MB). */
const MAX = 25 * MB;
const OOXML = 'application/vnd.openxmlformats-officedocument';

/** A supertest answer's body as bytes, whatever its type. */
const asBytes = (test: request.Test) => test.buffer(true).parse(binary);

describe('attachments', () => {
  let t: TestApp;
  let w: SignedInWorld;
  useSignedInWorld((app, world) => {
    t = app;
    w = world;
  });

  const as = (account: AccountName): Agent => w.accounts[account].agent;
  const upload = (
    account: AccountName,
    parentType: ParentType,
    parentId: number,
    file: Buffer = MINIMAL_PDF,
    name = 'referat.pdf',
  ) =>
    as(account)
      .post('/api/attachments')
      .field('parentType', parentType)
      .field('parentId', String(parentId))
      .attach('file', file, name);
  const uploaded = async (...args: Parameters<typeof upload>): Promise<AttachmentRecord> => {
    const res = await upload(...args);
    expect({ status: res.status, body: res.body }).toEqual({ status: 201, body: res.body });
    return res.body;
  };
  const listOf = (account: AccountName, parentType: ParentType, parentId: number) =>
    as(account)
      .get('/api/attachments')
      .query({ filter: JSON.stringify({ parentType, parentId }) });
  /** What the attachment tables hold: nothing more after a refused upload. */
  const stored = async (): Promise<{ files: number; chunks: number }> =>
    (
      await t.dataSource.query(
        'SELECT (SELECT count(*) FROM attachments)::int AS files, (SELECT count(*) FROM attachment_chunks)::int AS chunks',
      )
    )[0];
  const NOTHING = { files: 0, chunks: 0 };

  /** Every request a role sends about a file: listing, reading, downloading. */
  const readsOf = (account: AccountName, file: AttachmentRecord) =>
    Promise.all([
      listOf(account, file.parentType, file.parentId),
      as(account).get(`/api/attachments/${file.id}`),
      as(account).get(`/api/attachments/${file.id}/content`),
    ]).then((answers) => answers.map((res) => res.status));

  describe('reading follows the parent record', () => {
    it('lists a milestone’s files with Content-Range, and every role reads them', async () => {
      const file = await uploaded('anna', 'milestone', w.milestones.workshop.id);
      expect(file).toEqual({
        id: expect.any(Number),
        parentType: 'milestone',
        parentId: w.milestones.workshop.id,
        fileName: 'referat.pdf',
        contentType: 'application/pdf',
        size: MINIMAL_PDF.length,
        uploadedByPersonId: w.accounts.anna.id,
        createdAt: expect.any(String),
      });
      // Uploaded on the story's day, in Copenhagen (in UTC, after 22:00 it is the day before).
      expect(
        new Date(file.createdAt).toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' }),
      ).toBe('2017-06-15');
      const second = await uploaded(
        'secretariat',
        'milestone',
        w.milestones.workshop.id,
        PNG,
        'foto.png',
      );
      for (const account of ['secretariat', 'steering', 'anna', 'dorte'] as const) {
        const res = await listOf(account, 'milestone', w.milestones.workshop.id).expect(200);
        expect([account, res.body, res.headers['content-range']]).toEqual([
          account,
          [file, second],
          'attachments 0-1/2',
        ]);
        await as(account).get(`/api/attachments/${file.id}`).expect(200, file);
      }
      const page = await as('steering')
        .get('/api/attachments')
        .query({
          filter: JSON.stringify({ parentType: 'milestone', parentId: w.milestones.workshop.id }),
          sort: JSON.stringify(['fileName', 'DESC']),
          range: JSON.stringify([1, 1]),
        })
        .expect(200);
      expect([page.body, page.headers['content-range']]).toEqual([[second], 'attachments 1-1/2']);
      // Another record's files are not these.
      expect((await listOf('anna', 'milestone', w.milestones.rapport.id).expect(200)).body).toEqual(
        [],
      );
    });

    it('a draft status report’s files: its author and the secretariat only; 404 to the others', async () => {
      const file = await uploaded('anna', 'status-report', w.statusReports.rapportA1.id);
      expect(await readsOf('anna', file)).toEqual([200, 200, 200]);
      expect(await readsOf('secretariat', file)).toEqual([200, 200, 200]);
      expect(await readsOf('steering', file)).toEqual([404, 404, 404]);
      expect(await readsOf('dorte', file)).toEqual([404, 404, 404]);
      expectError(
        await as('steering').get(`/api/attachments/${file.id}`),
        404,
        `attachment ${file.id} does not exist`,
      );
    });

    it('a proposed measurement’s files: the secretariat and its data owner only; 404 to the others', async () => {
      const measurement = w.measurements.basis.id;
      await t.dataSource.query(
        `UPDATE targets SET data_owner_organisation_id = $2 WHERE id = $1;`,
        [w.targets.virksomheder.id, w.organisations.ufm.id],
      );
      await t.dataSource.query(`UPDATE measurements SET state = 'proposed' WHERE id = $1`, [
        measurement,
      ]);
      const file = await uploaded('anna', 'measurement', measurement, DOCX, 'tal.docx');
      expect(await readsOf('secretariat', file)).toEqual([200, 200, 200]);
      expect(await readsOf('anna', file)).toEqual([200, 200, 200]);
      expect(await readsOf('steering', file)).toEqual([404, 404, 404]);
      expect(await readsOf('dorte', file)).toEqual([404, 404, 404]);
      expect((await upload('dorte', 'measurement', measurement)).status).toBe(404);
      // Once approved, everyone reads it, and its files are final.
      await t.dataSource.query(`UPDATE measurements SET state = 'approved' WHERE id = $1`, [
        measurement,
      ]);
      expect(await readsOf('steering', file)).toEqual([200, 200, 200]);
      expectError(
        await upload('secretariat', 'measurement', measurement),
        409,
        `measurement ${measurement} has been approved: its files can no longer be added or deleted`,
      );
      expectError(await as('anna').delete(`/api/attachments/${file.id}`), 409, 'has been approved');
      expect(await stored()).toMatchObject({ files: 1 });
    });

    it('a list names its record: without parentType and parentId, 400; a record that is not there, 404', async () => {
      expectError(await as('anna').get('/api/attachments'), 400, 'filter: parentType is required');
      expectError(
        await as('anna').get('/api/attachments').query({ filter: '{"parentType":"milestone"}' }),
        400,
        'filter: parentId is required',
      );
      expectError(
        await as('anna')
          .get('/api/attachments')
          .query({ filter: '{"parentType":"comment","parentId":1}' }),
        400,
        'filter: parentType must be one of initiative, milestone, status-report, measurement',
      );
      for (const parentId of [0, -1, 1.5, '1', [1], null]) {
        expectError(
          await as('anna')
            .get('/api/attachments')
            .query({ filter: JSON.stringify({ parentType: 'milestone', parentId }) }),
          400,
          'filter: parentId must be a positive whole number',
        );
      }
      expectError(
        await listOf('anna', 'milestone', 999999),
        404,
        'milestone 999999 does not exist',
      );
      expectError(
        await as('anna').get('/api/attachments/999999'),
        404,
        'attachment 999999 does not exist',
      );
      expectError(await as('anna').get('/api/attachments/999999/content'), 404, 'does not exist');
      expectFieldError(await as('anna').get('/api/attachments/abc'), 400, 'id');
    });
  });

  describe('adding follows who may change the parent record', () => {
    it('an initiative: its owners and the secretariat; 403 to an owner of others, and to the steering group', async () => {
      await uploaded('anna', 'initiative', w.initiatives.a1.id);
      await uploaded('secretariat', 'initiative', w.initiatives.a1.id);
      await uploaded('dorte', 'initiative', w.extra.initiative.id);
      expectError(
        await upload('dorte', 'initiative', w.initiatives.a1.id),
        403,
        `initiative ${w.initiatives.a1.id} is not one of yours`,
      );
      expectError(
        await upload('steering', 'initiative', w.initiatives.a1.id),
        403,
        'the steering role may not create attachments',
      );
      expect(await stored()).toMatchObject({ files: 3 });
    });

    it('a milestone: the owners of its initiative and the secretariat', async () => {
      await uploaded('anna', 'milestone', w.milestones.workshop.id);
      await uploaded('secretariat', 'milestone', w.milestones.messe.id);
      expectError(
        await upload('dorte', 'milestone', w.milestones.workshop.id),
        403,
        `milestone ${w.milestones.workshop.id} belongs to an initiative that is not one of yours`,
      );
      expectError(
        await upload('anna', 'milestone', 999999),
        404,
        'milestone 999999 does not exist',
      );
    });

    it('a status report: its author on her own initiative and the secretariat, while it is a draft', async () => {
      const { rapportA1, rapportA2, rapportB1 } = w.statusReports;
      await uploaded('anna', 'status-report', rapportA1.id);
      await uploaded('secretariat', 'status-report', rapportA1.id);
      // Dorte reports on A.2 and reads its draft, but did not write it.
      expectError(
        await upload('dorte', 'status-report', rapportA2.id),
        403,
        `status report ${rapportA2.id} was written by someone else`,
      );
      // She does not read Anna's draft at all.
      expectError(await upload('dorte', 'status-report', rapportA1.id), 404, 'does not exist');
      expectError(
        await upload('secretariat', 'status-report', rapportB1.id),
        409,
        `status report ${rapportB1.id} has been submitted: its files can no longer be added or deleted`,
      );
    });
  });

  describe('deleting', () => {
    it('the uploader or the secretariat deletes a file, and gets it back; nobody else', async () => {
      const [first, second] = [
        await uploaded('anna', 'milestone', w.milestones.workshop.id),
        await uploaded('anna', 'milestone', w.milestones.workshop.id, JPEG, 'foto.jpg'),
      ];
      expectError(
        await as('dorte').delete(`/api/attachments/${first.id}`),
        403,
        `attachment ${first.id} was uploaded by someone else`,
      );
      expectError(
        await as('steering').delete(`/api/attachments/${first.id}`),
        403,
        'the steering role may not delete attachments',
      );
      await as('anna').delete(`/api/attachments/${first.id}`).expect(200, first);
      await as('secretariat').delete(`/api/attachments/${second.id}`).expect(200, second);
      expect(await stored()).toEqual(NOTHING);
      expectError(await as('anna').delete(`/api/attachments/${first.id}`), 404, 'does not exist');
    });

    it('a file on a draft that the steering group may not read is not found by it', async () => {
      const file = await uploaded('anna', 'status-report', w.statusReports.rapportA1.id);
      expectError(await as('dorte').delete(`/api/attachments/${file.id}`), 404, 'does not exist');
    });

    it('a record with files is not deleted: 409 naming them', async () => {
      const round = w.extra.openRoundId;
      const { body: draft } = await as('anna')
        .post('/api/status-reports')
        .send({ initiativeId: w.initiatives.a1.id, roundId: round, health: 'green' })
        .expect(201);
      await uploaded('anna', 'status-report', draft.id);
      expectError(
        await as('anna').delete(`/api/status-reports/${draft.id}`),
        409,
        'still used by attachments',
      );
    });
  });

  describe('frozen records: neither added nor deleted, 409', () => {
    it('a report once submitted', async () => {
      const report = w.statusReports.rapportA1;
      const file = await uploaded('anna', 'status-report', report.id);
      const { body: draft } = await as('anna').get(`/api/status-reports/${report.id}`).expect(200);
      await as('anna')
        .put(`/api/status-reports/${report.id}`)
        .send({ ...draft, state: 'submitted' })
        .expect(200);
      expectError(
        await as('anna').delete(`/api/attachments/${file.id}`),
        409,
        'has been submitted',
      );
      expectError(await upload('anna', 'status-report', report.id), 409, 'has been submitted');
      // Submitted, it is read by everyone, its files too.
      expect(await readsOf('steering', file)).toEqual([200, 200, 200]);
    });

    it('what a closed round’s frozen report lists: its milestones, and the reports for the round', async () => {
      const round = w.extra.openRoundId;
      const { body: draft } = await as('anna')
        .post('/api/status-reports')
        .send({ initiativeId: w.initiatives.a1.id, roundId: round, health: 'amber' })
        .expect(201);
      const onMilestone = await uploaded('anna', 'milestone', w.milestones.workshop.id);
      await as('secretariat').post(`/api/reporting-rounds/${round}/close`).expect(200);
      const title = 'Styregruppemøde september 2017';
      // The workshop is overdue, so the frozen report shows it.
      expectError(
        await upload('anna', 'milestone', w.milestones.workshop.id),
        409,
        `milestone ${w.milestones.workshop.id} is in the frozen report of the closed reporting round "${title}": its files can no longer be added or deleted`,
      );
      expectError(await as('secretariat').delete(`/api/attachments/${onMilestone.id}`), 409, title);
      expectError(
        await upload('secretariat', 'status-report', draft.id),
        409,
        `status report ${draft.id} answers the closed reporting round "${title}"`,
      );
      // A milestone the report does not show (done) is not frozen, nor is the initiative.
      await uploaded('anna', 'milestone', w.milestones.rapport.id);
      await uploaded('anna', 'initiative', w.initiatives.a1.id);
    });
  });

  describe('the type comes from the content, never from the name', () => {
    const KINDS: [
      what: string,
      file: Buffer,
      name: string,
      contentType: string,
      fileName: string,
    ][] = [
      ['a PDF', MINIMAL_PDF, 'referat.pdf', 'application/pdf', 'referat.pdf'],
      ['a PNG named as a PDF', PNG, 'foto.pdf', 'image/png', 'foto.pdf.png'],
      ['a JPEG', JPEG, 'FOTO.JPEG', 'image/jpeg', 'FOTO.jpeg'],
      ['a Word document', DOCX, 'notat.docx', `${OOXML}.wordprocessingml.document`, 'notat.docx'],
      [
        'an OpenDocument text',
        ODT,
        'notat.odt',
        'application/vnd.oasis.opendocument.text',
        'notat.odt',
      ],
      [
        'text',
        Buffer.from('Møde i morgen kl. 10\n'),
        'noter.txt',
        'text/plain; charset=utf-8',
        'noter.txt',
      ],
      [
        'CSV',
        Buffer.from('år;antal\n2016;12\n2017;14\n'),
        'tal.csv',
        'text/csv; charset=utf-8',
        'tal.csv',
      ],
      [
        'a page as text',
        Buffer.from('<script>alert(1)</script>'),
        'side.html',
        'text/plain; charset=utf-8',
        'side.html.txt',
      ],
    ];
    it.each(KINDS)(
      '%s is taken, served as what it is',
      async (_what, file, name, contentType, fileName) => {
        const record = await uploaded('anna', 'milestone', w.milestones.workshop.id, file, name);
        expect(record).toMatchObject({ contentType, fileName, size: file.length });
        const res = await asBytes(
          as('steering').get(`/api/attachments/${record.id}/content`),
        ).expect(200);
        expect(res.headers['content-type']).toBe(contentType);
        expect(Buffer.compare(res.body, file)).toBe(0);
      },
    );

    const REFUSED: [what: string, file: Buffer, message: string][] = [
      ['a Word document with macros', DOCM, 'an Office document with macros'],
      ['an old binary Word file', OLD_WORD, 'an old binary Office file (doc, xls or ppt)'],
      [
        'a password-protected docx',
        ENCRYPTED_DOCX,
        'an encrypted (password-protected) Office file',
      ],
      [
        'a plain zip named .docx',
        PLAIN_ZIP,
        'a zip archive that is not an Office or OpenDocument file (it has neither [Content_Types].xml nor mimetype)',
      ],
      [
        'a zip whose entries claim 300 MB',
        ZIP_CLAIMING_300_MB,
        'a zip archive whose entries would inflate to more than 250 MB: refused unread',
      ],
      [
        'a zip with an entry inflating 200 000 times',
        ZIP_BOMB_ENTRY,
        'would inflate 209715 times (to 2 MB): refused unread',
      ],
      [
        'a Windows program',
        Buffer.concat([Buffer.from('MZ\x90\0', 'latin1'), randomBytes(64)]),
        'a Windows program (EXE or DLL)',
      ],
      [
        'text with a NUL byte',
        Buffer.from('tekst\0mere'),
        'binary data of an unknown kind (it starts with 74 65 6b 73 74 00 6d 65)',
      ],
      [
        'text that is not UTF-8',
        Buffer.from('K\xf8benhavn', 'latin1'),
        'binary data of an unknown kind',
      ],
    ];
    it.each(REFUSED)('%s: 415 saying what it is, nothing stored', async (_what, file, message) => {
      const res = await upload('anna', 'milestone', w.milestones.workshop.id, file, 'rapport.docx');
      expectError(res, 415, message);
      expect(await stored()).toEqual(NOTHING);
    });
  });

  describe('bad input: 400 naming the field, nothing stored', () => {
    const post = () => as('anna').post('/api/attachments');
    const milestone = () => String(w.milestones.workshop.id);
    const CASES: [what: string, send: () => request.Test, field: string, message: string][] = [
      [
        'no parentType',
        () => post().field('parentId', milestone()).attach('file', MINIMAL_PDF, 'a.pdf'),
        'parentType',
        'is required',
      ],
      [
        'an unknown parentType',
        () =>
          post()
            .field('parentType', 'comment')
            .field('parentId', milestone())
            .attach('file', MINIMAL_PDF, 'a.pdf'),
        'parentType',
        'must be one of',
      ],
      [
        'no parentId',
        () => post().field('parentType', 'milestone').attach('file', MINIMAL_PDF, 'a.pdf'),
        'parentId',
        'is required',
      ],
      ...['abc', '0', '1.5', '1e3', '99999999999', ' 1'].map(
        (id): [string, () => request.Test, string, string] => [
          `parentId "${id}"`,
          () =>
            post()
              .field('parentType', 'milestone')
              .field('parentId', id)
              .attach('file', MINIMAL_PDF, 'a.pdf'),
          'parentId',
          'must be a positive whole number',
        ],
      ),
      [
        'no file',
        () => post().field('parentType', 'milestone').field('parentId', milestone()),
        'file',
        'is required',
      ],
      [
        'an empty file',
        () =>
          post()
            .field('parentType', 'milestone')
            .field('parentId', milestone())
            .attach('file', Buffer.alloc(0), 'a.pdf'),
        'file',
        'is empty',
      ],
      [
        'two files',
        () =>
          post()
            .field('parentType', 'milestone')
            .field('parentId', milestone())
            .attach('file', MINIMAL_PDF, 'a.pdf')
            .attach('file', PNG, 'b.png'),
        'file',
        'holds a second file',
      ],
      [
        'a field after the file',
        () =>
          post()
            .field('parentType', 'milestone')
            .field('parentId', milestone())
            .attach('file', MINIMAL_PDF, 'a.pdf')
            .field('parentId', '1'),
        'parentId',
        'comes after the file',
      ],
      [
        'a field given twice',
        () =>
          post()
            .field('parentType', 'milestone')
            .field('parentType', 'milestone')
            .field('parentId', milestone())
            .attach('file', MINIMAL_PDF, 'a.pdf'),
        'parentType',
        'is given more than once',
      ],
      [
        'a field it does not have',
        () =>
          post()
            .field('colour', 'blå')
            .field('parentType', 'milestone')
            .field('parentId', milestone())
            .attach('file', MINIMAL_PDF, 'a.pdf'),
        'colour',
        'is not a field of this resource',
      ],
      [
        'the file under another name',
        () =>
          post()
            .field('parentType', 'milestone')
            .field('parentId', milestone())
            .attach('upload', MINIMAL_PDF, 'a.pdf'),
        'upload',
        'is not a field of this resource',
      ],
      [
        'a field too long',
        () =>
          post()
            .field('parentType', 'm'.repeat(200))
            .field('parentId', milestone())
            .attach('file', MINIMAL_PDF, 'a.pdf'),
        'parentType',
        'is too long',
      ],
    ];
    it.each(CASES)('%s', async (_what, send, field, message) => {
      const res = await send();
      expectFieldError(res, 400, field);
      expect(res.body.message).toContain(message);
      expect(await stored()).toEqual(NOTHING);
    });

    it('a body that is no multipart form: 415 or 400', async () => {
      expectError(
        await post().send({ parentType: 'milestone' }),
        415,
        'send the file as multipart/form-data',
      );
      expectError(
        await post().set('Content-Type', 'multipart/form-data').send('--x\r\n'),
        400,
        'not a complete multipart/form-data form',
      );
      expectError(
        await post()
          .set('Content-Type', 'multipart/form-data; boundary=x')
          .send('--x\r\nContent-Disposition: form-data; name="parentType"\r\n\r\nmilestone'),
        400,
        'not a complete multipart/form-data form',
      );
      // Other routes take no forms.
      expectError(
        await as('anna').post('/api/comments').attach('file', MINIMAL_PDF, 'a.pdf'),
        415,
        'this route takes no multipart/form-data',
      );
      expect(await stored()).toEqual(NOTHING);
    });
  });

  describe('downloads', () => {
    it('are attachments under a safe name, with the type found and nosniff', async () => {
      const file = await uploaded(
        'anna',
        'milestone',
        w.milestones.workshop.id,
        MINIMAL_PDF,
        'C:\\Users\\anna\\Årsrapport «2017»\u202Efdp.exe',
      );
      expect(file.fileName).toBe('Årsrapport «2017»fdp.exe.pdf');
      const res = await asBytes(as('dorte').get(`/api/attachments/${file.id}/content`)).expect(200);
      expect(res.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-length': String(MINIMAL_PDF.length),
        'content-disposition':
          'attachment; filename="?rsrapport ?2017?fdp.exe.pdf"; filename*=UTF-8\'\'%C3%85rsrapport%20%C2%AB2017%C2%BBfdp.exe.pdf',
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      });
      expect(Buffer.compare(res.body, MINIMAL_PDF)).toBe(0);
    });
  });

  describe('limits', () => {
    const port = () => (t.app.getHttpServer().address() as AddressInfo).port;

    /** A session cookie of the account's, for requests that supertest cannot send. */
    async function cookieOf(account: AccountName): Promise<string> {
      const res = await request(t.app.getHttpServer())
        .post('/api/auth/login')
        .send({ email: w.accounts[account].email, password: PASSWORD })
        .expect(200);
      return (res.headers['set-cookie'] as unknown as string[])
        .map((c) => c.split(';')[0])
        .join('; ');
    }

    /**
     * Sends an upload of the file `chunks` make, as they are made: with `Content-Length`
     * if `length` is given, else chunked. `breakOff` stops sending after that many bytes of
     * the file and breaks the connection off.
     */
    async function streamUpload(
      cookie: string,
      parent: { type: ParentType; id: number },
      chunks: Iterable<Buffer>,
      options: { length?: number; breakOff?: number; beforeBreakingOff?: () => Promise<void> } = {},
    ): Promise<{ status: number; body: Record<string, unknown> } | 'broken off'> {
      const boundary = 'pejling-test-boundary';
      const field = (name: string, value: string) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
      const head = Buffer.from(
        `${field('parentType', parent.type)}${field('parentId', String(parent.id))}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="stor.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      );
      const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
      const req = httpRequest({
        host: '127.0.0.1',
        port: port(),
        method: 'POST',
        path: '/api/attachments',
        headers: {
          cookie,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          ...(options.length === undefined
            ? {}
            : { 'content-length': head.length + options.length + tail.length }),
        },
      });
      const answer = new Promise<{ status: number; body: Record<string, unknown> }>(
        (resolve, reject) => {
          req.on('response', (res) => {
            const parts: Buffer[] = [];
            res.on('data', (part: Buffer) => parts.push(part));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                body: JSON.parse(Buffer.concat(parts).toString()),
              }),
            );
          });
          req.on('error', reject);
        },
      );
      // Once the server has answered (a refusal), the rest is not sent.
      let answered = false;
      void answer.then(
        () => (answered = true),
        () => (answered = true),
      );
      const write = async (data: Buffer) => {
        if (req.write(data) || answered) return;
        await new Promise<void>((resolve) => {
          const go = () => {
            req.off('drain', go);
            resolve();
          };
          req.on('drain', go);
          void answer.then(go, go);
        });
      };
      let sent = 0;
      await write(head);
      for (const chunk of chunks) {
        if (answered) break;
        if (options.breakOff !== undefined && sent >= options.breakOff) {
          await options.beforeBreakingOff?.();
          req.destroy();
          return 'broken off';
        }
        await write(chunk);
        sent += chunk.length;
      }
      req.end(tail);
      return answer;
    }

    /**
     * `size` bytes of a PDF, 64 kB at a time, hashed as they go: blocks of random bytes taken
     * in turn from a few made once, so that sending makes next to no garbage of its own in
     * this process, which the API shares.
     */
    const BLOCKS = Array.from({ length: 7 }, () => randomBytes(64 * 1024));
    Buffer.from('%PDF-1.7\n').copy(BLOCKS[0]);
    function* pdfOf(size: number, hash = createHash('sha256')): Generator<Buffer> {
      for (let sent = 0, n = 0; sent < size; n++) {
        const block = BLOCKS[n % BLOCKS.length].subarray(0, size - sent);
        hash.update(block);
        sent += block.length;
        yield block;
      }
    }

    const tooLarge = `file: is larger than 25 MB, the most an attachment may be`;

    it('a file over 25 MB with Content-Length: 413, nothing stored', async () => {
      const answer = await streamUpload(
        await cookieOf('anna'),
        { type: 'milestone', id: w.milestones.workshop.id },
        pdfOf(MAX + 1),
        { length: MAX + 1 },
      );
      expect(answer).toEqual({ status: 413, body: expect.objectContaining({ message: tooLarge }) });
      expect(await stored()).toEqual(NOTHING);
    });

    it('a file over 25 MB sent chunked, without Content-Length: 413 as the limit passes, nothing stored', async () => {
      const answer = await streamUpload(
        await cookieOf('anna'),
        { type: 'milestone', id: w.milestones.workshop.id },
        pdfOf(MAX + 5 * MB),
      );
      expect(answer).toEqual({ status: 413, body: expect.objectContaining({ message: tooLarge }) });
      expect(await stored()).toEqual(NOTHING);
    });

    it('an upload broken off midway leaves nothing: its transaction is rolled back', async () => {
      /** Waits until as many of the app's connections as `expected` are in a transaction. */
      const inTransaction = async (expected: number) => {
        let busy = -1;
        for (let waited = 0; busy !== expected && waited < 5000; waited += 25) {
          await new Promise((resolve) => setTimeout(resolve, 25));
          [{ busy }] = await t.dataSource.query(
            `SELECT count(*)::int AS busy FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
          );
        }
        return busy;
      };
      const answer = await streamUpload(
        await cookieOf('anna'),
        { type: 'milestone', id: w.milestones.workshop.id },
        pdfOf(4 * MB),
        {
          length: 4 * MB,
          breakOff: 2 * MB,
          // The upload's transaction is open, its first chunks written.
          beforeBreakingOff: async () => expect(await inTransaction(1)).toBe(1),
        },
      );
      expect(answer).toBe('broken off');
      // The server sees the connection go and rolls the transaction back.
      expect(await inTransaction(0)).toBe(0);
      expect(await stored()).toEqual(NOTHING);
      // And the next upload goes through.
      await uploaded('anna', 'milestone', w.milestones.workshop.id);
    });

    it('an organisation’s files are within its quota, the secretariat’s uploads counted to its own: 413 past it', async () => {
      const quota = 500 * MB;
      // What UFM's people have uploaded already, short of the quota by 1 kB.
      await t.dataSource.query(
        `INSERT INTO attachments (initiative_id, file_name, content_type, size, uploaded_by_person_id, organisation_id)
         VALUES ($1, 'arkiv.pdf', 'application/pdf', $2, $3, $4)`,
        [w.initiatives.a1.id, quota - 1024, w.accounts.anna.id, w.organisations.ufm.id],
      );
      await uploaded('anna', 'milestone', w.milestones.workshop.id, MINIMAL_PDF);
      const before = await stored();
      const twoKb = Buffer.concat([MINIMAL_PDF, Buffer.alloc(2048, 32)]);
      const message = `file: would take UFM's attachments past their quota of 500 MB`;
      expectError(await upload('anna', 'milestone', w.milestones.workshop.id, twoKb), 413, message);
      // Another organisation's people are not counted against it …
      await uploaded('dorte', 'initiative', w.extra.initiative.id, twoKb);
      // … but a secretariat member of UFM is.
      await t.dataSource.query('UPDATE people SET organisation_id = $2 WHERE id = $1', [
        w.accounts.secretariat.id,
        w.organisations.ufm.id,
      ]);
      expectError(
        await upload('secretariat', 'milestone', w.milestones.workshop.id, twoKb),
        413,
        message,
      );
      expect(await stored()).toEqual({ files: before.files + 1, chunks: before.chunks + 1 });
    });

    it('streams a 25 MB file in and out, byte for byte, holding neither in memory', async () => {
      const cookie = await cookieOf('anna');
      const sent = createHash('sha256');
      let peak = process.memoryUsage.rss();
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
      try {
        const rssBefore = process.memoryUsage.rss();
        const started = performance.now();
        const answer = await streamUpload(
          cookie,
          { type: 'milestone', id: w.milestones.workshop.id },
          pdfOf(MAX, sent),
          { length: MAX },
        );
        const uploadMs = performance.now() - started;
        const uploadPeak = peak;
        expect(answer).toMatchObject({
          status: 201,
          body: { size: MAX, contentType: 'application/pdf' },
        });
        const id = (answer as { body: Record<string, unknown> }).body['id'];
        expect(await stored()).toEqual({ files: 1, chunks: 100 });

        peak = process.memoryUsage.rss();
        const downloadStarted = performance.now();
        const received = createHash('sha256');
        let size = 0;
        await new Promise<void>((resolve, reject) => {
          httpRequest(
            {
              host: '127.0.0.1',
              port: port(),
              path: `/api/attachments/${id}/content`,
              headers: { cookie },
            },
            (res) => {
              expect(res.headers['content-length']).toBe(String(MAX));
              res.on('data', (chunk: Buffer) => {
                size += chunk.length;
                received.update(chunk);
              });
              res.on('end', resolve);
              res.on('error', reject);
            },
          )
            .on('error', reject)
            .end();
        });
        const downloadMs = performance.now() - downloadStarted;
        expect(size).toBe(MAX);
        expect(received.digest('hex')).toBe(sent.digest('hex'));
        const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
        console.log(
          [
            `25 MB attachment (in-process API, signed in over HTTP on 127.0.0.1):`,
            `upload ${uploadMs.toFixed(0)} ms, download ${downloadMs.toFixed(0)} ms;`,
            `RSS before ${mb(rssBefore)}, peak during upload ${mb(uploadPeak)}, peak during download ${mb(peak)}`,
          ].join(' '),
        );
      } finally {
        clearInterval(sampler);
      }
    });
  });

  describe('the audit trail and the meeting pack', () => {
    it('records each upload and deletion, in the initiative’s history, kept from those who may not read the record', async () => {
      const onMilestone = await uploaded('anna', 'milestone', w.milestones.workshop.id);
      await as('anna').delete(`/api/attachments/${onMilestone.id}`).expect(200);
      const onDraft = await uploaded('anna', 'status-report', w.statusReports.rapportA1.id);
      const events = async (account: AccountName): Promise<AuditEventRecord[]> =>
        (
          await as(account)
            .get('/api/audit-events')
            .query({ filter: JSON.stringify({ resource: 'attachments' }), sort: '["id","ASC"]' })
            .expect(200)
        ).body;
      const all = await events('secretariat');
      expect(all.map((e) => [e.action, e.recordId, e.personId, e.initiativeId])).toEqual([
        ['create', onMilestone.id, w.accounts.anna.id, w.initiatives.a1.id],
        ['delete', onMilestone.id, w.accounts.anna.id, w.initiatives.a1.id],
        ['create', onDraft.id, w.accounts.anna.id, w.initiatives.a1.id],
      ]);
      expect(all[0]).toMatchObject({ before: null, after: onMilestone });
      expect(all[1]).toMatchObject({ before: onMilestone, after: null });
      // The history names the file, and the record it is attached to.
      expect(all[0].references).toMatchObject({
        attachments: { [onMilestone.id]: { values: { fileName: 'referat.pdf' }, deleted: true } },
        milestones: { [w.milestones.workshop.id]: { values: { title: 'Workshop om fødevarer' } } },
      });
      // The steering group reads no draft, nor its files' events …
      expect((await events('steering')).map((e) => e.recordId)).toEqual([
        onMilestone.id,
        onMilestone.id,
      ]);
      const history = await as('steering')
        .get('/api/audit-events')
        .query({ filter: JSON.stringify({ initiativeId: w.initiatives.a1.id }) })
        .expect(200);
      expect(
        history.body.filter((e: AuditEventRecord) => e.resource === 'attachments'),
      ).toHaveLength(2);
      const hidden = all[2].id;
      expect((await as('steering').get(`/api/audit-events/${hidden}`)).status).toBe(403);
      // … until it is submitted.
      const { body: draft } = await as('anna').get(
        `/api/status-reports/${w.statusReports.rapportA1.id}`,
      );
      await as('anna')
        .put(`/api/status-reports/${draft.id}`)
        .send({ ...draft, state: 'submitted' })
        .expect(200);
      expect(await events('steering')).toHaveLength(3);
    });

    it('the meeting pack lists each report’s files, by name and size', async () => {
      const round = w.extra.openRoundId;
      const { body: draft } = await as('anna')
        .post('/api/status-reports')
        .send({
          initiativeId: w.initiatives.a1.id,
          roundId: round,
          health: 'green',
          summary: 'Godt i gang',
        })
        .expect(201);
      await uploaded(
        'anna',
        'status-report',
        draft.id,
        Buffer.concat([MINIMAL_PDF, Buffer.alloc(3000, 32)]),
        'Referat fra workshop.pdf',
      );
      await as('anna')
        .put(`/api/status-reports/${draft.id}`)
        .send({ ...draft, state: 'submitted' })
        .expect(200);
      await as('secretariat').post(`/api/reporting-rounds/${round}/close`).expect(200);
      const report = await as('steering').get(`/api/reporting-rounds/${round}/report`).expect(200);
      expect(report.body.focusAreas[0].initiatives[0].report.attachments).toEqual([
        { fileName: 'Referat fra workshop.pdf', size: MINIMAL_PDF.length + 3000 },
      ]);
      for (const [lang, heading] of [
        ['da', 'Bilag'],
        ['en', 'Attachments'],
      ]) {
        const pdf = await asBytes(
          as('steering').get(`/api/reporting-rounds/${round}/report.pdf?lang=${lang}`),
        ).expect(200);
        const text = (await pageTexts(pdf.body)).join('\n');
        expect(text).toContain(heading);
        expect(text).toContain('Referat fra workshop.pdf (3 kB)');
      }
    });
  });
});
