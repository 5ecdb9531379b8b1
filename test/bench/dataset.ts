import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { API_DIST, databaseUrl } from './environment';

const run = promisify(execFile);

/** The demo's date: the API's clock and the reminder scan's day. */
export const BENCH_TODAY = '2017-06-15';

/** Days from today that the reminders due on the scan day fall on (rule `due_soon 3`). */
const REMINDER_LEAD_DAYS = 3;

/** What a full-scale (`--scale 1`) data set holds, the demo plan included. */
const FULL_SCALE = {
  strategies: 50,
  initiatives: 1_000,
  milestones: 100_000,
  people: 2_000,
  auditEvents: 200_000,
  remindersDue: 10_000,
};

export type DatasetSize = typeof FULL_SCALE;

export function datasetSize(scale: number): DatasetSize {
  const scaled = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  return {
    strategies: scaled(FULL_SCALE.strategies, 2),
    initiatives: scaled(FULL_SCALE.initiatives, 40),
    milestones: scaled(FULL_SCALE.milestones, 500),
    people: scaled(FULL_SCALE.people, 20),
    auditEvents: scaled(FULL_SCALE.auditEvents, 100),
    remindersDue: scaled(FULL_SCALE.remindersDue, 20),
  };
}

/** Ids the load scenarios pick from. */
export interface Dataset {
  size: DatasetSize;
  strategyIds: number[];
  /** The milestones generated here (not the demo's), as a contiguous id range. */
  milestoneIds: { first: number; last: number };
  /** Milestones with a reminder due on the scan day: the PUT load leaves them alone. */
  reminderMilestoneIds: { first: number; last: number };
  seconds: number;
}

/** Runs the built CLI (`migrate`, `seed --demo`) against the bench database. */
async function cli(name: string, args: string[]) {
  await run(process.execPath, [`${API_DIST}/cli.js`, ...args], {
    env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', DATABASE_URL: databaseUrl(name) },
  });
}

/**
 * A fresh database `name` (dropped first if it is there): the product's migrations and the
 * Klyngestrategi 2.0 demo, whose accounts sign in. `npm run lighthouse` measures the pages
 * on it as it is.
 */
export async function createDemoDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  await cli(name, ['migrate']);
  await cli(name, ['seed', '--demo']);
}

/**
 * A fresh database `name`: the demo (`createDemoDatabase`), then generated strategies,
 * people, milestones and audit events up to `size`, written with
 * `INSERT … SELECT generate_series` in one transaction.
 *
 * Milestones' due dates are laid out around the scan day so that exactly
 * `size.remindersDue` of them match a reminder rule on it (`due_soon 3`; the others avoid
 * 3 and 14 days ahead and the overdue and escalation days behind), each for one person
 * who wants one e-mail per milestone: a known number of deliveries and e-mails.
 */
export async function createDataset(name: string, size: DatasetSize): Promise<Dataset> {
  const started = Date.now();
  await createDemoDatabase(name);

  const db = new Client({ connectionString: databaseUrl(name) });
  await db.connect();
  try {
    await db.query('BEGIN');
    const have = await counts(db);
    const add = {
      strategies: Math.max(0, size.strategies - have.strategies),
      initiatives: Math.max(0, size.initiatives - have.initiatives),
      milestones: Math.max(0, size.milestones - have.milestones),
      people: Math.max(0, size.people - have.people),
      auditEvents: Math.max(0, size.auditEvents - have.auditEvents),
    };
    await generate(db, add, size.remindersDue);
    const range = await db.query<{ first: number; last: number }>(
      `SELECT min(id) AS first, max(id) AS last FROM milestones WHERE title LIKE 'Benchmilepæl %'`,
    );
    const strategies = await db.query<{ id: number }>('SELECT id FROM strategies ORDER BY id');
    await db.query('COMMIT');
    // As autovacuum leaves a database that has been running: a bulk load sets no visibility
    // map, and without it Postgres cannot read a table's rows from an index alone.
    await db.query('VACUUM ANALYZE');
    const { first, last } = range.rows[0];
    return {
      size,
      strategyIds: strategies.rows.map((row) => row.id),
      milestoneIds: { first: first + size.remindersDue, last },
      reminderMilestoneIds: { first, last: first + size.remindersDue - 1 },
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await db.end();
  }
}

async function counts(db: Client) {
  const { rows } = await db.query<Record<string, number>>(`
    SELECT (SELECT count(*) FROM strategies)::int AS strategies,
           (SELECT count(*) FROM initiatives)::int AS initiatives,
           (SELECT count(*) FROM milestones)::int AS milestones,
           (SELECT count(*) FROM people)::int AS people,
           (SELECT count(*) FROM audit_events)::int AS "auditEvents"`);
  return rows[0] as Omit<DatasetSize, 'remindersDue'>;
}

type Additions = Omit<DatasetSize, 'remindersDue'>;

async function generate(db: Client, add: Additions, remindersDue: number) {
  const q = (sql: string, params: unknown[] = []) => db.query(sql, params);
  const organisations = Math.max(5, Math.round(add.people / 10));
  await q(
    `INSERT INTO organisations (name, short_name, kind)
     SELECT 'Benchkommune ' || g, 'BENCH-' || g, 'municipality' FROM generate_series(1, $1) g`,
    [organisations],
  );
  // Owners who want one e-mail per milestone: the reminders count e-mails one to one.
  await q(
    `INSERT INTO people (name, email, organisation_id, role, reminder_mode)
     SELECT 'Benchperson ' || g, 'person-' || g || '@bench.pejling.dk',
            (SELECT id FROM organisations WHERE short_name = 'BENCH-' || (1 + g % $2)),
            'owner', 'per_item'
       FROM generate_series(1, $1) g`,
    [add.people, organisations],
  );
  await q(
    `UPDATE organisations o SET contact_person_id = p.id
       FROM people p
      WHERE o.short_name LIKE 'BENCH-%' AND p.organisation_id = o.id
        AND p.id = (SELECT min(id) FROM people WHERE organisation_id = o.id)`,
  );
  await q(
    `INSERT INTO strategies (name, subtitle, period_start, period_end, vision)
     SELECT 'Benchstrategi ' || g, 'Genereret til benchmark', '2016-01-01', '2020-12-31', ''
       FROM generate_series(1, $1) g`,
    [add.strategies],
  );
  await q(
    `INSERT INTO focus_areas (strategy_id, code, title, sort_order)
     SELECT s.id, chr(64 + n), 'Indsatsområde ' || chr(64 + n), n
       FROM strategies s, generate_series(1, 5) n
      WHERE s.name LIKE 'Benchstrategi %'`,
  );
  // Initiative g goes to generated strategy g mod S, focus area (g / S) mod 5.
  await q(
    `WITH s AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k
                  FROM strategies WHERE name LIKE 'Benchstrategi %'),
          g AS (SELECT g, g % (SELECT count(*) FROM s) AS k,
                       (g / (SELECT count(*) FROM s)) AS j
                  FROM generate_series(0, $1 - 1) g)
     INSERT INTO initiatives (strategy_id, focus_area_id, code, title,
                              start_date, end_date, status, health)
     SELECT s.id, fa.id, fa.code || '.' || (g.j / 5 + 1), 'Benchinitiativ ' || g.g,
            '2016-01-01', '2020-12-31',
            (ARRAY['not_started','in_progress','in_progress','completed','on_hold'])[1 + g.g % 5],
            (ARRAY['green','amber','red',NULL])[1 + g.g % 4]
       FROM g JOIN s ON s.k = g.k
       JOIN focus_areas fa ON fa.strategy_id = s.id AND fa.code = chr((65 + g.j % 5)::int)`,
    [add.initiatives],
  );
  await q(
    `WITH i AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM initiatives
                 WHERE title LIKE 'Benchinitiativ %')
     INSERT INTO initiative_leads (initiative_id, organisation_id, position)
     SELECT i.id, o.id, 0 FROM i JOIN organisations o ON o.short_name = 'BENCH-' || (1 + i.k % $1)`,
    [organisations],
  );
  await q(
    `WITH p AS (SELECT id, row_number() OVER (ORDER BY id) AS k FROM people
                 WHERE email LIKE '%@bench.pejling.dk'),
          i AS (SELECT id, row_number() OVER (ORDER BY id) AS k FROM initiatives
                 WHERE title LIKE 'Benchinitiativ %')
     INSERT INTO initiative_responsibles (initiative_id, person_id)
     SELECT i.id, p.id FROM i JOIN p ON p.k = 1 + (i.k - 1) % (SELECT count(*) FROM p)`,
  );
  // The first `remindersDue` are due in REMINDER_LEAD_DAYS days. The others spread over the
  // plan period: those in the past mostly done, the open ones 3 + 7k days late (no overdue
  // or escalation day); those ahead never 3 or 14 days ahead.
  await q(
    `WITH i AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM initiatives
                 WHERE title LIKE 'Benchinitiativ %'),
          p AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM people
                 WHERE email LIKE '%@bench.pejling.dk'),
          g AS (SELECT g, abs(hashtext(g::text)) AS r,
                       CASE WHEN g < $2 THEN $3::date + $4::int
                            ELSE '2016-01-01'::date + (g::bigint * 7919 % 1826)::int END AS spread
                  FROM generate_series(0, $1 - 1) g),
          d AS (SELECT g, r, CASE
                  WHEN g < $2 THEN 'planned'
                  WHEN spread < $3::date AND r % 5 <> 0 THEN 'done'
                  WHEN spread < $3::date THEN 'delayed'
                  ELSE (ARRAY['planned','planned','in_progress','cancelled'])[1 + r % 4] END AS status,
                CASE
                  WHEN g < $2 OR spread < $3::date AND r % 5 <> 0 THEN spread
                  WHEN spread < $3::date THEN $3::date - (3 + 7 * (($3::date - spread) / 7))
                  WHEN spread - $3::date IN ($4::int, 14) THEN spread + 1
                  ELSE spread END AS due
                  FROM g)
     INSERT INTO milestones (initiative_id, title, description, due_date, responsible_person_id,
                             status, completed_on)
     SELECT i.id, 'Benchmilepæl ' || d.g || ' ' || md5(d.g::text), 'Genereret til benchmark',
            d.due, p.id, d.status, CASE WHEN d.status = 'done' THEN d.due END
       FROM d
       JOIN i ON i.k = d.g % (SELECT count(*) FROM i)
       JOIN p ON p.k = d.g % (SELECT count(*) FROM p)
      ORDER BY d.g`,
    [add.milestones, remindersDue, BENCH_TODAY, REMINDER_LEAD_DAYS],
  );
  await q(
    `WITH m AS (SELECT id, initiative_id, row_number() OVER (ORDER BY id) - 1 AS k, status
                  FROM milestones WHERE title LIKE 'Benchmilepæl %'),
          p AS (SELECT id, name, row_number() OVER (ORDER BY id) - 1 AS k FROM people)
     INSERT INTO audit_events (at, person_id, person_name, resource, record_id, action,
                               before, after, initiative_id)
     SELECT '2016-01-01'::timestamptz + (g::bigint * 613 % 45000000)::int * interval '1 second',
            p.id, p.name, 'milestones', m.id, 'update',
            jsonb_build_object('id', m.id, 'status', 'planned', 'version', 1),
            jsonb_build_object('id', m.id, 'status', m.status, 'version', 2),
            m.initiative_id
       FROM generate_series(0, $1 - 1) g
       JOIN m ON m.k = g * 7 % (SELECT count(*) FROM m)
       JOIN p ON p.k = g % (SELECT count(*) FROM p)`,
    [add.auditEvents],
  );
  await generateTargets(db);
}

/** Two headline targets per generated strategy, each with a series and four measurements. */
async function generateTargets(db: Client) {
  await db.query(
    `INSERT INTO targets (strategy_id, number, title, unit)
     SELECT s.id, n, 'Pejlemærke ' || n, 'antal'
       FROM strategies s, generate_series(1, 2) n WHERE s.name LIKE 'Benchstrategi %'`,
  );
  await db.query(
    `INSERT INTO target_series (target_id, key, label, baseline_value, baseline_year,
                                target_value, target_year)
     SELECT t.id, 'total', 'I alt', 100, 2014, 200, 2020
       FROM targets t JOIN strategies s ON s.id = t.strategy_id
      WHERE s.name LIKE 'Benchstrategi %'`,
  );
  await db.query(
    `INSERT INTO measurements (series_id, year, value)
     SELECT ts.id, y, 100 + (y - 2014) * 12
       FROM target_series ts JOIN targets t ON t.id = ts.target_id
       JOIN strategies s ON s.id = t.strategy_id, generate_series(2014, 2017) y
      WHERE s.name LIKE 'Benchstrategi %'`,
  );
}
