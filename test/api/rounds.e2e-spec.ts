import type { Me, ReportingRoundRecord, RoundCompletionRow, RoundReport } from '@pejling/contracts';
import {
  pageTexts,
  signInLinks,
  startSmtpServer,
  TestSmtpServer,
  tokenOf,
} from '@pejling/server/testing';
import type { ParsedMail } from 'mailparser';
import { BuiltApp, dropDatabase, startBuiltApp } from '../support/built-app';
import { DEMO, Session } from '../support/session';

const addressOf = (mail: ParsedMail) =>
  mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : undefined;

/**
 * Issue 5's "done when", on the built app with the demo plan and a real SMTP server: the
 * secretariat opens a round, an owner follows the e-mailed link and reports, the board
 * shows it, and closing yields the report and the PDF.
 */
describe('a reporting round on the demo plan, from the e-mail to the meeting pack', () => {
  let smtp: TestSmtpServer;
  let app: BuiltApp;
  let secretariat: Session;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await startBuiltApp({ env: { SMTP_URL: smtp.url } });
    secretariat = new Session(app.url);
    expect((await secretariat.signIn(DEMO.secretariat)).status).toBe(200);
  });
  afterAll(async () => {
    await app?.stop();
    if (app) await dropDatabase(app.databaseName);
    await smtp?.close();
  });

  const json = async <T>(response: Promise<Response>, status = 200): Promise<T> => {
    const res = await response;
    expect(res.status).toBe(status);
    return (await res.json()) as T;
  };
  const post = (session: Session, path: string, body?: object) =>
    session.fetch(path, { method: 'POST', body: body ? JSON.stringify(body) : undefined });

  it('asks the owners by e-mail, takes the report from the link, and closes into a report and a PDF', async () => {
    const [strategy] = await json<{ id: number }[]>(secretariat.fetch('/api/strategies'));
    const round = await json<ReportingRoundRecord>(
      post(secretariat, '/api/reporting-rounds', {
        strategyId: strategy.id,
        title: 'Styregruppemøde juni 2017',
        dueDate: '2017-06-22',
        meetingDate: '2017-06-28',
      }),
      201,
    );
    await json(post(secretariat, `/api/reporting-rounds/${round.id}/open`));

    // The requests arrive; UFM's owner follows the link in theirs.
    const deadline = Date.now() + 10_000;
    while (!smtp.received.some((m) => addressOf(m) === DEMO.ufm) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const mail = smtp.received.find((m) => addressOf(m) === DEMO.ufm) as ParsedMail;
    // The link's token is committed with the delivery, just after the SMTP server took the
    // e-mail: wait until nothing of the round's requests is left to send.
    const unsent = async () =>
      (
        await json<{ status: string }[]>(
          secretariat.fetch('/api/reminder-deliveries?range=[0,999]'),
        )
      ).filter((d) => d.status === 'pending' || d.status === 'queued').length;
    while ((await unsent()) > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(mail.subject).toMatch(
      /^Pejling: (\d+ statusrapporter|»Statusrapport) til »?Styregruppemøde juni 2017/,
    );
    const owner = new Session(app.url);
    const linked = await owner.signInWithLink(tokenOf(signInLinks(mail.text)[0]));
    expect(linked.status).toBe(200);
    const { me, path } = (await linked.json()) as { me: Me; path: string };
    const [, roundId, initiativeId] = /^\/reporting-rounds\/(\d+)\/report\/(\d+)$/.exec(path) ?? [];
    expect(Number(roundId)).toBe(round.id);
    expect(me.initiativeIds).toContain(Number(initiativeId));

    const report = await json<{ id: number }>(
      post(owner, '/api/status-reports', {
        roundId: round.id,
        initiativeId: Number(initiativeId),
        health: 'amber',
        summary: 'Brobygningen er i gang med tre universiteter',
        risks: 'Forsinket aftale med et universitet',
        nextSteps: 'Workshop i august',
        state: 'submitted',
      }),
      201,
    );
    const board = await json<RoundCompletionRow[]>(
      secretariat.fetch(`/api/reporting-rounds/${round.id}/completion`),
    );
    expect(board.find((row) => row.initiativeId === Number(initiativeId))).toMatchObject({
      completion: 'submitted',
      reportId: report.id,
      authorName: me.person.name,
    });

    await json(post(secretariat, `/api/reporting-rounds/${round.id}/close`));
    const compiled = await json<RoundReport>(
      secretariat.fetch(`/api/reporting-rounds/${round.id}/report`),
    );
    expect(compiled).toMatchObject({ frozen: true, round: { state: 'closed' } });
    const initiative = compiled.focusAreas
      .flatMap((area) => area.initiatives)
      .find((i) => i.id === Number(initiativeId));
    expect(initiative?.report).toMatchObject({ id: report.id, health: 'amber' });

    const steering = new Session(app.url);
    expect((await steering.signIn(DEMO.steering)).status).toBe(200);
    const pdf = await steering.fetch(`/api/reporting-rounds/${round.id}/report.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = (await pageTexts(Buffer.from(await pdf.arrayBuffer()))).join('\n');
    expect(text).toContain('Styregruppemøde juni 2017');
    expect(text).toContain(initiative?.title);
    expect(text).toContain('Brobygningen er i gang med tre universiteter');
  });
});
