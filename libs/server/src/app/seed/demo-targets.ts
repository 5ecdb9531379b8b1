import type { EntityManager } from 'typeorm';
import type { DemoSeed } from './seed-data';

/**
 * The demo's targets: each one's data owner, and the figures reported since the 2014
 * baseline, approved or still waiting for the secretariat. A data owner the secretariat has
 * set stays, and a figure already there for its series, year and region is left alone.
 */
export async function seedDemoTargets(
  m: EntityManager,
  demo: DemoSeed,
  strategyId: number,
  person: (email: string | null) => number | null,
): Promise<number> {
  let added = 0;
  for (const [number, target] of Object.entries(demo.targets)) {
    const [row]: { id: number }[] = await m.query(
      'SELECT id FROM targets WHERE strategy_id = $1 AND number = $2',
      [strategyId, Number(number)],
    );
    if (!row) throw new Error(`seed: unknown target ${number}`);
    await m.query(
      `UPDATE targets
          SET data_owner_organisation_id = (SELECT id FROM organisations WHERE short_name = $2),
              data_owner_person_id = $3
        WHERE id = $1 AND data_owner_organisation_id IS NULL`,
      [row.id, target.dataOwner, person(target.dataOwnerPerson ?? null)],
    );
    for (const figure of target.figures) {
      const inserted: unknown[] = await m.query(
        `INSERT INTO measurements (series_id, year, region, value, source, state, proposed_by_person_id)
         SELECT s.id, $3, $4, $5, $6, $7, $8 FROM target_series s
          WHERE s.target_id = $1 AND s.key = $2
         ON CONFLICT (series_id, year, region) DO NOTHING RETURNING id`,
        [
          row.id,
          figure.series,
          figure.year,
          figure.region ?? null,
          figure.value,
          figure.source,
          figure.state ?? 'approved',
          person(figure.proposedBy ?? null),
        ],
      );
      added += inserted.length;
    }
  }
  return added;
}
