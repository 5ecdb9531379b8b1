/**
 * The baselines: the benchmarked endpoints as a minimal `node:http` + `pg` server, the
 * session check included, with a pool as large as the API's. `BASELINE=same` issues the
 * very same SQL as the API (baseline-sql.ts): what it answers per second is what Node and
 * Postgres can do with the API's queries, so the API's ratio to it is the framework's cost.
 * `BASELINE=plain` issues the plainest correct SQL for the same answers (plain-sql.ts):
 * the ratio to it is the whole cost, the queries' included.
 *
 * Run by the harness as a process of its own: `node baseline-server.js` with BASELINE,
 * PORT, DATABASE_URL and PEJLING_TODAY. It understands only the requests the harness sends.
 */
import { createHash } from 'node:crypto';
import { IncomingMessage, ServerResponse, createServer } from 'node:http';
import { Pool, PoolClient, types } from 'pg';
import * as same from './baseline-sql';
import * as plain from './plain-sql';

// Date-only columns stay 'YYYY-MM-DD' strings, as the API's data source has them.
types.setTypeParser(1082, (value) => value);

const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });
const today = process.env['PEJLING_TODAY'] as string;
/** The API's defaults (SESSION_IDLE_MINUTES), and how often it writes last-seen. */
const SESSION_IDLE_MINUTES = 480;
const TOUCH_EVERY_MS = 60_000;
const DUE_SOON_DAYS = 30;
const CLOSED = ['done', 'cancelled'];

interface Actor {
  personId: number;
  name: string;
  role: string;
}

type Row = Record<string, unknown>;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The auth guard's work: the session cookie's hash looked up, last-seen touched now and then. */
async function actorOf(request: IncomingMessage): Promise<Actor> {
  const token = /(?:^|;\s*)pejling_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  if (!token) throw new HttpError(401, 'sign in first');
  const hash = createHash('sha256').update(token).digest('hex');
  const { rows } = await pool.query(same.SESSION_SQL, [hash, SESSION_IDLE_MINUTES]);
  if (!rows.length) throw new HttpError(401, 'sign in first');
  const { lastSeen, ...actor } = rows[0];
  if (Date.now() - (lastSeen as Date).getTime() > TOUCH_EVERY_MS) {
    await pool.query(same.TOUCH_SQL, [hash]);
  }
  return actor as Actor;
}

/** What a PUT sends, as the columns it writes ($1–$7 of both update statements). */
function columnsOf(body: Row): unknown[] {
  return [
    body['initiativeId'],
    String(body['title']).trim(),
    body['description'] ?? '',
    body['dueDate'],
    body['responsiblePersonId'] ?? null,
    body['status'] ?? 'planned',
    body['status'] === 'done' ? (body['completedOn'] ?? today) : null,
  ];
}

const notFound = (id: number) => new HttpError(404, `milestone ${id} does not exist`);

/** How each baseline answers the benchmarked requests. */
interface Answers {
  milestone(id: number): Promise<Row>;
  /** Rows start…end of the milestones with `statuses`, by due date, and how many there are. */
  list(statuses: string[], start: number, end: number): Promise<{ rows: Row[]; total: number }>;
  update(id: number, body: Row, actor: Actor): Promise<Row>;
}

/** The API's own statements, in the API's order. */
const sameAnswers: Answers = {
  async milestone(id) {
    const { rows } = await pool.query(same.MILESTONE_SQL, [today, id]);
    if (!rows.length) throw notFound(id);
    return rows[0];
  },
  async list(statuses, start, end) {
    const { rows: counted } = await pool.query(same.COUNT_SQL, [statuses]);
    const total = counted[0].total as number;
    const last = Math.min(end, total - 1);
    if (start > last) return { rows: [], total };
    // As ResourceReader.list: a page beyond the middle is read from the other end.
    const fromEnd = start > total - 1 - last;
    const offset = fromEnd ? total - 1 - last : start;
    const sql = same.listSql(last - start + 1, offset, fromEnd ? 'DESC' : 'ASC');
    const { rows } = await pool.query(sql, [today, statuses]);
    return { rows: fromEnd ? rows.reverse() : rows, total };
  },
  update: (id, body, actor) =>
    inTransaction(async (db) => {
      const lock = await db.query(same.LOCK_SQL, [[id]]);
      if (!lock.rows.length) throw notFound(id);
      const [before] = (await db.query(same.MILESTONES_SQL, [today, [id]])).rows;
      if (lock.rows[0].version !== body['version']) throw new HttpError(409, 'stale version');
      const updated = await db.query(same.UPDATE_SQL, [...columnsOf(body), id, body['version']]);
      if (!updated.rowCount) throw new HttpError(409, 'stale version');
      const [after] = (await db.query(same.MILESTONES_SQL, [today, [id]])).rows;
      await db.query(same.AUDIT_SQL, [
        [actor.personId],
        [actor.name],
        ['milestones'],
        [id],
        ['update'],
        [JSON.stringify(before)],
        [JSON.stringify(after)],
        [after['initiativeId']],
      ]);
      return after;
    }),
};

/** The plainest correct statements (plain-sql.ts). */
const plainAnswers: Answers = {
  async milestone(id) {
    const { rows } = await pool.query(plain.MILESTONE_SQL, [id]);
    if (!rows.length) throw notFound(id);
    return withRules(rows[0]);
  },
  async list(statuses, start, end) {
    const [page, count] = await Promise.all([
      pool.query(plain.pageSql(end - start + 1, start), [statuses]),
      pool.query(plain.COUNT_SQL, [statuses]),
    ]);
    return { rows: page.rows.map(withRules), total: count.rows[0].total };
  },
  update: (id, body, actor) =>
    inTransaction(async (db) => {
      const locked = await db.query(plain.LOCK_MILESTONE_SQL, [id]);
      if (!locked.rows.length) throw notFound(id);
      const before = withRules(locked.rows[0]);
      if (before['version'] !== body['version']) throw new HttpError(409, 'stale version');
      const updated = await db.query(plain.UPDATE_SQL, [...columnsOf(body), id, body['version']]);
      if (!updated.rows.length) throw new HttpError(400, 'initiativeId: no such initiative');
      const after = withRules(updated.rows[0]);
      await db.query(plain.AUDIT_SQL, [
        actor.personId,
        actor.name,
        id,
        JSON.stringify(before),
        JSON.stringify(after),
        after['initiativeId'],
      ]);
      return after;
    }),
};

/** A plain row with the two rules the API derives: overdue and moved. */
function withRules(row: Row): Row {
  const open = !CLOSED.includes(row['status'] as string);
  return {
    ...row,
    overdue: open && (row['dueDate'] as string) < today,
    moved: row['dueDate'] !== row['originalDueDate'],
  };
}

async function inTransaction<T>(work: (db: PoolClient) => Promise<T>): Promise<T> {
  const db = await pool.connect();
  try {
    await db.query('START TRANSACTION');
    const result = await work(db);
    await db.query('COMMIT');
    return result;
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  } finally {
    db.release();
  }
}

const answers = process.env['BASELINE'] === 'plain' ? plainAnswers : sameAnswers;

async function list(url: URL, response: ServerResponse) {
  const [start, end] = JSON.parse(url.searchParams.get('range') ?? '[0,24]') as number[];
  const statuses = (JSON.parse(url.searchParams.get('filter') ?? '{}') as { status: string[] })
    .status;
  const { rows, total } = await answers.list(statuses, start, end);
  const range = rows.length ? `${start}-${start + rows.length - 1}` : '*';
  response.setHeader('Content-Range', `milestones ${range}/${total}`);
  return rows;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function dashboard(strategyId: number) {
  const { rows } = await pool.query(same.STRATEGY_SQL, [strategyId]);
  if (!rows.length) throw new HttpError(404, `strategy ${strategyId} does not exist`);
  const until = addDays(today, DUE_SOON_DAYS);
  const [areas, targets, overdue, dueSoon] = await Promise.all([
    pool.query(same.DASHBOARD.DASHBOARD_SQL, [strategyId, today]),
    pool.query(same.DASHBOARD.TARGETS_SQL, [strategyId]),
    pool.query(same.DASHBOARD.OVERDUE_LIST_SQL, [strategyId, today]),
    pool.query(same.DASHBOARD.DUE_SOON_LIST_SQL, [strategyId, today, until]),
  ]);
  const listOf = (result: { rows: { total: number }[] }) => ({
    total: result.rows[0]?.total ?? 0,
    items: result.rows,
  });
  return {
    ...rows[0],
    today,
    focusAreas: areas.rows,
    targets: targets.rows,
    overdue: listOf(overdue),
    dueSoon: listOf(dueSoon),
  };
}

async function readJson(request: IncomingMessage): Promise<Row> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return JSON.parse(text);
}

async function route(request: IncomingMessage, response: ServerResponse): Promise<unknown> {
  const url = new URL(request.url ?? '/', 'http://baseline');
  if (url.pathname === '/health') return { status: 'ok' };
  const actor = await actorOf(request);
  const one = /^\/api\/milestones\/(\d+)$/.exec(url.pathname);
  if (one && request.method === 'GET') return answers.milestone(Number(one[1]));
  if (one && request.method === 'PUT') {
    if (actor.role !== 'secretariat') throw new HttpError(403, 'not allowed');
    return answers.update(Number(one[1]), await readJson(request), actor);
  }
  if (url.pathname === '/api/milestones') return list(url, response);
  if (url.pathname === '/api/dashboard')
    return dashboard(Number(url.searchParams.get('strategyId')));
  throw new HttpError(404, 'no such route');
}

createServer((request, response) => {
  route(request, response).then(
    (body) => {
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      response.end(JSON.stringify(body));
    },
    (error: Error) => {
      response.statusCode = error instanceof HttpError ? error.status : 500;
      response.end(JSON.stringify({ message: error.message }));
    },
  );
}).listen(Number(process.env['PORT']), '127.0.0.1');

process.on('SIGTERM', () => void pool.end().finally(() => process.exit(0)));
