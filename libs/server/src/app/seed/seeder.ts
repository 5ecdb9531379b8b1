import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/passwords';
import demoJson from './data/klyngestrategi-2.0.demo.json';
import planJson from './data/klyngestrategi-2.0.plan.json';
import { tellDemoStory } from './demo-story';
import { seedDemoTargets } from './demo-targets';
import type { DemoSeed, PlanSeed } from './seed-data';

export const KLYNGESTRATEGI_PLAN = planJson as PlanSeed;
export const KLYNGESTRATEGI_DEMO = demoJson as DemoSeed;

export interface SeedResult {
  strategyId: number;
  /** Rows added, by table; all zero when the data was already there. */
  added: Record<string, number>;
}

/** Runs an INSERT … ON CONFLICT DO NOTHING RETURNING id and answers the id, if inserted. */
async function insertOnce(
  m: EntityManager,
  sql: string,
  params: unknown[],
): Promise<number | undefined> {
  const rows: { id: number }[] = await m.query(sql, params);
  return rows[0]?.id;
}

async function idOf(m: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const rows: { id: number }[] = await m.query(sql, params);
  if (!rows.length) throw new Error(`seed: nothing found for ${sql} ${JSON.stringify(params)}`);
  return rows[0].id;
}

/**
 * Loads a plan. Every row is keyed by what identifies it in the plan (an organisation's
 * short name, a strategy's name, an initiative's code, …) and inserted only when missing,
 * so seeding twice changes nothing, and a record the secretariat has edited is left alone.
 */
export async function seedPlan(
  dataSource: DataSource,
  plan: PlanSeed = KLYNGESTRATEGI_PLAN,
): Promise<SeedResult> {
  return dataSource.transaction(async (m) => {
    const added: Record<string, number> = {};
    const count = (table: string, id: number | undefined) => {
      added[table] = (added[table] ?? 0) + (id === undefined ? 0 : 1);
    };

    const organisationIds = new Map<string, number>();
    for (const o of plan.organisations) {
      count(
        'organisations',
        await insertOnce(
          m,
          `INSERT INTO organisations (name, short_name, kind, region) VALUES ($1, $2, $3, $4)
         ON CONFLICT (short_name) DO NOTHING RETURNING id`,
          [o.name, o.shortName, o.kind, o.region],
        ),
      );
      organisationIds.set(
        o.shortName,
        await idOf(m, 'SELECT id FROM organisations WHERE short_name = $1', [o.shortName]),
      );
    }
    const organisation = (shortName: string) => {
      const id = organisationIds.get(shortName);
      if (id === undefined) throw new Error(`seed: unknown organisation ${shortName}`);
      return id;
    };

    const s = plan.strategy;
    count(
      'strategies',
      await insertOnce(
        m,
        `INSERT INTO strategies (name, subtitle, period_start, period_end, vision) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (name) DO NOTHING RETURNING id`,
        [s.name, s.subtitle, s.periodStart, s.periodEnd, s.vision],
      ),
    );
    const strategyId = await idOf(m, 'SELECT id FROM strategies WHERE name = $1', [s.name]);

    for (const [order, area] of plan.focusAreas.entries()) {
      count(
        'focus_areas',
        await insertOnce(
          m,
          `INSERT INTO focus_areas (strategy_id, code, title, description, sort_order) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (strategy_id, code) DO NOTHING RETURNING id`,
          [strategyId, area.code, area.title, area.description, order],
        ),
      );
      const areaId = await idOf(
        m,
        'SELECT id FROM focus_areas WHERE strategy_id = $1 AND code = $2',
        [strategyId, area.code],
      );

      for (const ini of area.initiatives) {
        const initiativeId = await insertOnce(
          m,
          `INSERT INTO initiatives (strategy_id, focus_area_id, code, title, description, start_date, end_date)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (strategy_id, code) DO NOTHING RETURNING id`,
          [strategyId, areaId, ini.code, ini.title, ini.description, ini.startDate, ini.endDate],
        );
        count('initiatives', initiativeId);
        // Leads and partners belong to the initiative as written; an edited one keeps its own.
        if (initiativeId !== undefined && ini.leads.length) {
          await m.query(
            `INSERT INTO initiative_leads (initiative_id, organisation_id, position, inferred)
             SELECT $1, o.id, o.position - 1, o.id = ANY($3::int[])
               FROM unnest($2::int[]) WITH ORDINALITY AS o(id, position)`,
            [
              initiativeId,
              ini.leads.map(organisation),
              (ini.inferredLeads ?? []).map(organisation),
            ],
          );
        }
        if (initiativeId !== undefined && ini.partners.length) {
          await m.query(
            `INSERT INTO initiative_partners (initiative_id, organisation_id) SELECT $1, unnest($2::int[])`,
            [initiativeId, ini.partners.map(organisation)],
          );
        }
      }
    }

    for (const t of plan.targets) {
      count(
        'targets',
        await insertOnce(
          m,
          `INSERT INTO targets (strategy_id, number, title, description, unit, by_region) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (strategy_id, number) DO NOTHING RETURNING id`,
          [strategyId, t.number, t.title, t.description, t.unit, t.byRegion],
        ),
      );
      const targetId = await idOf(
        m,
        'SELECT id FROM targets WHERE strategy_id = $1 AND number = $2',
        [strategyId, t.number],
      );
      for (const [order, series] of t.series.entries()) {
        count(
          'target_series',
          await insertOnce(
            m,
            `INSERT INTO target_series (target_id, key, label, sort_order, baseline_value, baseline_year, target_value, target_year)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (target_id, key) DO NOTHING RETURNING id`,
            [
              targetId,
              series.key,
              series.label,
              order,
              series.baselineValue,
              series.baselineYear,
              series.targetValue,
              series.targetYear,
            ],
          ),
        );
      }
      for (const link of t.initiatives) {
        const initiativeId = await idOf(
          m,
          'SELECT id FROM initiatives WHERE strategy_id = $1 AND code = $2',
          [strategyId, link.code],
        );
        count(
          'initiative_targets',
          await insertOnce(
            m,
            `INSERT INTO initiative_targets (target_id, initiative_id, contribution, inferred)
             VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING initiative_id AS id`,
            [targetId, initiativeId, link.contribution, link.inferred],
          ),
        );
      }
      for (const x of t.measurements) {
        const seriesId = await idOf(
          m,
          'SELECT id FROM target_series WHERE target_id = $1 AND key = $2',
          [targetId, x.series],
        );
        count(
          'measurements',
          await insertOnce(
            m,
            `INSERT INTO measurements (series_id, year, region, value, source) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (series_id, year, region) DO NOTHING RETURNING id`,
            [seriesId, x.year, x.region, x.value, x.source],
          ),
        );
      }
    }
    return { strategyId, added };
  });
}

/**
 * Loads the demo content on top of a seeded plan: people (the demo accounts with
 * `demoPassword`, unless they have a password already), the organisations' contact
 * persons (where an organisation has none), and for each initiative its
 * responsible people, milestones and status. An initiative that already has
 * milestones is left as it is, so seeding twice changes nothing. Into a demo plan loaded
 * in the same call, it then tells the demo's story: reports, a round, reminders sent.
 */
export async function seedDemo(
  dataSource: DataSource,
  options: { demoPassword?: string; demo?: DemoSeed; strategyName?: string } = {},
): Promise<SeedResult> {
  const demo = options.demo ?? KLYNGESTRATEGI_DEMO;
  const strategyName = options.strategyName ?? KLYNGESTRATEGI_PLAN.strategy.name;
  const passwordHash = options.demoPassword ? await hashPassword(options.demoPassword) : null;
  return dataSource.transaction(async (m) => {
    const added: Record<string, number> = {
      people: 0,
      contacts: 0,
      milestones: 0,
      status_reports: 0,
    };
    let fresh = 0;
    const strategyId = await idOf(m, 'SELECT id FROM strategies WHERE name = $1', [strategyName]);

    const personIds = new Map<string, number>();
    for (const p of demo.people) {
      const id = await insertOnce(
        m,
        `INSERT INTO people (name, email, organisation_id, title, role)
         VALUES ($1, $2, (SELECT id FROM organisations WHERE short_name = $3), $4, $5)
         ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
        [p.name, p.email, p.organisation, p.title, p.role],
      );
      if (id !== undefined) added['people']++;
      personIds.set(
        p.email,
        await idOf(m, 'SELECT id FROM people WHERE lower(email) = lower($1)', [p.email]),
      );
      if (p.demoAccount && passwordHash) {
        await m.query(
          `UPDATE people SET password_hash = $2, password_changed_at = now()
            WHERE lower(email) = lower($1) AND password_hash IS NULL`,
          [p.email, passwordHash],
        );
      }
    }
    const person = (email: string | null) => {
      if (email === null) return null;
      const id = personIds.get(email);
      if (id === undefined) throw new Error(`seed: unknown person ${email}`);
      return id;
    };

    // An organisation that has a contact person keeps it: one the secretariat chose stays.
    for (const [shortName, email] of Object.entries(demo.contacts)) {
      const [, set]: [unknown, number] = await m.query(
        `UPDATE organisations SET contact_person_id = $2
          WHERE short_name = $1 AND contact_person_id IS NULL`,
        [shortName, person(email)],
      );
      added['contacts'] += set;
    }

    for (const [code, ini] of Object.entries(demo.initiatives)) {
      const initiativeId = await idOf(
        m,
        'SELECT id FROM initiatives WHERE strategy_id = $1 AND code = $2',
        [strategyId, code],
      );
      const [{ has }] = await m.query(
        'SELECT EXISTS (SELECT 1 FROM milestones WHERE initiative_id = $1) AS has',
        [initiativeId],
      );
      if (has) continue;

      await m.query('UPDATE initiatives SET status = $2, health = $3 WHERE id = $1', [
        initiativeId,
        ini.status,
        ini.health,
      ]);
      await m.query(
        `INSERT INTO initiative_responsibles (initiative_id, person_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`,
        [initiativeId, ini.responsible.map(person)],
      );
      for (const ms of ini.milestones) {
        // A milestone moved in the demo's story keeps the due date it was planned with.
        await m.query(
          `INSERT INTO milestones (initiative_id, title, description, due_date, original_due_date, responsible_person_id, status, completed_on)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            initiativeId,
            ms.title,
            ms.description,
            ms.dueDate,
            ms.moved?.from ?? ms.dueDate,
            person(ms.responsible),
            ms.status,
            ms.completedOn ?? null,
          ],
        );
        added['milestones']++;
      }
      fresh++;
    }

    added['measurements'] = await seedDemoTargets(m, demo, strategyId, person);

    // The story is told once, into a demo plan loaded just now, never over a plan in use.
    if (fresh === Object.keys(demo.initiatives).length) {
      const [{ today }] = await m.query(
        `SELECT to_char(pejling_now() AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD') AS today`,
      );
      const initiativeIds = new Map<string, number>(
        (
          await m.query('SELECT code, id FROM initiatives WHERE strategy_id = $1', [strategyId])
        ).map((row: { code: string; id: number }) => [row.code, row.id]),
      );
      const initiative = (code: string) => {
        const id = initiativeIds.get(code);
        if (id === undefined) throw new Error(`seed: unknown initiative ${code}`);
        return id;
      };
      const told = await tellDemoStory(m, demo, { strategyId, person, initiative }, today);
      Object.assign(added, told);
    }
    return { strategyId, added };
  });
}

/** Whether the database holds no plan yet (the first start). */
export async function isEmpty(m: EntityManager | DataSource): Promise<boolean> {
  const [{ empty }] = await m.query('SELECT NOT EXISTS (SELECT 1 FROM strategies) AS empty');
  return empty;
}
