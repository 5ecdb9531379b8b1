import type { ReminderRunResult } from '@pejling/contracts';
import type { ParsedMail } from 'mailparser';
import { TestSmtpServer, startSmtpServer } from './smtp';
import { TestApp, TestAppOptions, createTestApp } from './test-app';

/**
 * A small plan, and ways to run reminders over it and read what became of them, for the
 * reminders' specs.
 */
export const DAY = '2017-06-15';

export interface Plan {
  organisation: number;
  owner: number;
  contact: number;
  secretariat: number;
  initiative: number;
}

async function insertId(t: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  return (await t.dataSource.query(sql, params))[0].id;
}

/** A person in the plan's organisation, e-mailed at their name without spaces @example.dk. */
export function addPerson(
  t: TestApp,
  organisation: number,
  name: string,
  o: { role?: string; language?: string; active?: boolean } = {},
): Promise<number> {
  return insertId(
    t,
    `INSERT INTO people (name, email, role, language, active, organisation_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      name,
      `${name.toLowerCase().replace(/\W/g, '')}@example.dk`,
      o.role ?? 'owner',
      o.language ?? 'da',
      o.active ?? true,
      organisation,
    ],
  );
}

/** A small plan in SQL: an initiative led by an organisation with a contact person. */
export async function createPlan(t: TestApp): Promise<Plan> {
  const q = (sql: string, params: unknown[] = []) => insertId(t, sql, params);
  const org = await q(
    `INSERT INTO organisations (name, short_name, kind) VALUES ('Ministeriet', 'MIN', 'ministry') RETURNING id`,
  );
  const person = (name: string, role = 'owner', language = 'da') =>
    addPerson(t, org, name, { role, language });
  const plan = {
    organisation: org,
    owner: await person('Olga Owner'),
    contact: await person('Kaj Kontakt', 'owner', 'en'),
    secretariat: await person('Sara Sekretær', 'secretariat'),
    initiative: 0,
  };
  await t.dataSource.query('UPDATE organisations SET contact_person_id = $1', [plan.contact]);
  const strategy = await q(
    `INSERT INTO strategies (name, period_start, period_end) VALUES ('S', '2016-01-01', '2018-12-31') RETURNING id`,
  );
  const area = await q(
    `INSERT INTO focus_areas (strategy_id, code, title) VALUES ($1, 'A', 'A') RETURNING id`,
    [strategy],
  );
  plan.initiative = await q(
    `INSERT INTO initiatives (strategy_id, focus_area_id, code, title)
     VALUES ($1, $2, 'A.1', 'Klynger i hele landet') RETURNING id`,
    [strategy, area],
  );
  await t.dataSource.query(
    'INSERT INTO initiative_leads (initiative_id, organisation_id, position) VALUES ($1, $2, 0)',
    [plan.initiative, org],
  );
  return plan;
}

/** A milestone `late` days past due on DAY (negative: due in that many days). */
export async function milestone(
  t: TestApp,
  plan: Plan,
  title: string,
  late: number,
  responsible?: number,
) {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO milestones (initiative_id, title, due_date, responsible_person_id)
     VALUES ($1, $2, $3::date - $4::int, $5) RETURNING id`,
    [plan.initiative, title, DAY, late, responsible ?? plan.owner],
  );
  return id as number;
}

export async function deliveries(t: TestApp) {
  return (await t.dataSource.query(
    `SELECT id::int, milestone_id AS "milestoneId", recipient_person_id AS "personId", status,
            attempts, problem, error, sent_at AS "sentAt", message_id AS "messageId"
       FROM reminder_deliveries ORDER BY id`,
  )) as {
    id: number;
    milestoneId: number;
    personId: number;
    status: string;
    attempts: number;
    problem: string | null;
    error: string | null;
    sentAt: Date | null;
    messageId: string | null;
  }[];
}

/**
 * Waits until the queue has nothing waiting, running or delayed, but for the next run of
 * each job scheduler (the daily scan, the check of the queue), which waits delayed for its
 * time. The counts are read in one go: a retry's short delay may end between two reads.
 */
export async function settled(t: TestApp, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const schedulers = await t.reminders.getJobSchedulersCount();
    const counts = await t.reminders.getJobCounts(
      'waiting',
      'active',
      'prioritized',
      'waiting-children',
      'delayed',
    );
    counts['delayed'] -= schedulers;
    if (Object.values(counts).every((n) => n <= 0)) return;
    if (Date.now() > deadline)
      throw new Error(`the queue did not settle: ${JSON.stringify(counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function run(t: TestApp, body: object = { asOf: DAY }): Promise<ReminderRunResult> {
  const res = await t.http().post('/api/reminders/run').send(body);
  if (res.status !== 200) throw new Error(`run answered ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export const addressOf = (mail: ParsedMail) =>
  mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : undefined;
export const recipients = (smtp: TestSmtpServer) => smtp.received.map(addressOf);

/**
 * The hooks of a spec that sends reminders: an app with a worker (and `options`) on DAY,
 * an SMTP server it sends to, and before each test an empty plan, no finished jobs and no
 * received mail. The returned object holds both once the spec runs.
 */
export function useMailingApp(options: TestAppOptions = {}): { t: TestApp; smtp: TestSmtpServer } {
  const ctx = {} as { t: TestApp; smtp: TestSmtpServer };
  beforeAll(async () => {
    ctx.smtp = await startSmtpServer();
    ctx.t = await createTestApp(DAY, {
      ...options,
      worker: true,
      env: { SMTP_URL: ctx.smtp.url, ...options.env },
    });
  });
  afterAll(async () => {
    await ctx.t?.close();
    await ctx.smtp?.close();
  });
  beforeEach(async () => {
    await settled(ctx.t);
    // truncate() restarts the ids, and with them the job ids of digests.
    await ctx.t.reminders.clean(0, 0, 'completed');
    await ctx.t.truncate();
    ctx.smtp.received.length = 0;
  });
  return ctx;
}

/**
 * The hooks of a spec that starts its workers itself, each with settings of its own: an
 * app without a worker on DAY, an SMTP server (on `smtp.host`, the loopback interface by
 * default) it sends to; before each test an empty plan, an empty queue and no received
 * mail, and after it no worker left running.
 */
export function useWorkerlessApp(smtpOptions: { host?: string } = {}): {
  t: TestApp;
  smtp: TestSmtpServer;
} {
  const ctx = {} as { t: TestApp; smtp: TestSmtpServer };
  beforeAll(async () => {
    ctx.smtp = await startSmtpServer(smtpOptions);
    ctx.t = await createTestApp(DAY, { env: { SMTP_URL: ctx.smtp.url } });
  });
  afterAll(async () => {
    await ctx.t?.close();
    await ctx.smtp?.close();
  });
  beforeEach(async () => {
    // truncate() restarts the ids, and with them the job ids of digests.
    await ctx.t.reminders.obliterate({ force: true });
    await ctx.t.truncate();
    ctx.smtp.received.length = 0;
    ctx.smtp.refuse(null);
  });
  afterEach(async () => {
    for (const worker of [...ctx.t.workers]) await ctx.t.stopWorker(worker);
  });
  return ctx;
}
