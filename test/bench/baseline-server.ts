/**
 * The baseline: the benchmarked endpoints as a minimal `node:http` + `pg` server, issuing
 * the very same SQL as the API (baseline-sql.ts), the session check included, with a pool
 * as large as the API's. What it answers per second is the practical limit of Node and
 * Postgres on this machine for that work; the API's figures are reported against it.
 *
 * Run by the harness as a process of its own: `node baseline-server.js` with PORT,
 * DATABASE_URL and PEJLING_TODAY. It understands only the requests the harness sends.
 */
import { createHash } from 'node:crypto';
import { IncomingMessage, ServerResponse, createServer } from 'node:http';
import { Pool, PoolClient, types } from 'pg';
import * as sql from './baseline-sql';

// Date-only columns stay 'YYYY-MM-DD' strings, as the API's data source has them.
types.setTypeParser(1082, (value) => value);

const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });
const today = process.env['PEJLING_TODAY'] as string;
/** The API's defaults (SESSION_IDLE_MINUTES), and how often it writes last-seen. */
const SESSION_IDLE_MINUTES = 480;
const TOUCH_EVERY_MS = 60_000;
const DUE_SOON_DAYS = 30;

interface Actor {
  personId: number;
  name: string;
  role: string;
}

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
  const { rows } = await pool.query(sql.SESSION_SQL, [hash, SESSION_IDLE_MINUTES]);
  if (!rows.length) throw new HttpError(401, 'sign in first');
  const { lastSeen, ...actor } = rows[0];
  if (Date.now() - (lastSeen as Date).getTime() > TOUCH_EVERY_MS) {
    await pool.query(sql.TOUCH_SQL, [hash]);
  }
  return actor as Actor;
}

async function milestone(id: number, db: Pool | PoolClient = pool) {
  const { rows } = await db.query(sql.MILESTONE_SQL, [today, id]);
  if (!rows.length) throw new HttpError(404, `milestone ${id} does not exist`);
  return rows[0];
}

async function list(url: URL, response: ServerResponse) {
  const [start, end] = JSON.parse(url.searchParams.get('range') ?? '[0,24]') as number[];
  const statuses = (JSON.parse(url.searchParams.get('filter') ?? '{}') as { status: string[] })
    .status;
  const [rows, count] = await Promise.all([
    pool.query(sql.listSql(end - start + 1, start), [today, statuses]),
    pool.query(sql.COUNT_SQL, [statuses]),
  ]);
  const total = count.rows[0].total as number;
  const range = rows.rows.length ? `${start}-${start + rows.rows.length - 1}` : '*';
  response.setHeader('Content-Range', `milestones ${range}/${total}`);
  return rows.rows;
}

async function update(id: number, body: Record<string, unknown>, actor: Actor) {
  if (actor.role !== 'secretariat') throw new HttpError(403, 'not allowed');
  const db = await pool.connect();
  try {
    await db.query('START TRANSACTION');
    const lock = await db.query(sql.LOCK_SQL, [id]);
    if (!lock.rows.length) throw new HttpError(404, `milestone ${id} does not exist`);
    const before = await milestone(id, db);
    if (lock.rows[0].version !== body['version']) throw new HttpError(409, 'stale version');
    const done = body['status'] === 'done';
    const updated = await db.query(sql.UPDATE_SQL, [
      body['initiativeId'],
      String(body['title']).trim(),
      body['description'] ?? '',
      body['dueDate'],
      body['responsiblePersonId'] ?? null,
      body['status'] ?? 'planned',
      done ? (body['completedOn'] ?? today) : null,
      id,
      body['version'],
    ]);
    if (!updated.rowCount) throw new HttpError(409, 'stale version');
    const after = await milestone(id, db);
    await db.query(sql.AUDIT_SQL, [
      actor.personId,
      actor.name,
      'milestones',
      id,
      'update',
      JSON.stringify(before),
      JSON.stringify(after),
      after.initiativeId,
    ]);
    await db.query('COMMIT');
    return after;
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  } finally {
    db.release();
  }
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function dashboard(strategyId: number) {
  const { rows } = await pool.query(sql.STRATEGY_SQL, [strategyId]);
  if (!rows.length) throw new HttpError(404, `strategy ${strategyId} does not exist`);
  const until = addDays(today, DUE_SOON_DAYS);
  const [areas, targets, overdue, dueSoon] = await Promise.all([
    pool.query(sql.DASHBOARD.DASHBOARD_SQL, [strategyId, today]),
    pool.query(sql.DASHBOARD.TARGETS_SQL, [strategyId]),
    pool.query(sql.DASHBOARD.OVERDUE_LIST_SQL, [strategyId, today]),
    pool.query(sql.DASHBOARD.DUE_SOON_LIST_SQL, [strategyId, today, until]),
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

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return JSON.parse(text);
}

async function route(request: IncomingMessage, response: ServerResponse): Promise<unknown> {
  const url = new URL(request.url ?? '/', 'http://baseline');
  if (url.pathname === '/health') return { status: 'ok' };
  const actor = await actorOf(request);
  const one = /^\/api\/milestones\/(\d+)$/.exec(url.pathname);
  if (one && request.method === 'GET') return milestone(Number(one[1]));
  if (one && request.method === 'PUT') {
    return update(Number(one[1]), await readJson(request), actor);
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
