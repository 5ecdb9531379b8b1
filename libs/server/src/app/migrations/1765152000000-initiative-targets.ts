import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which initiatives should move which target (pejlemærke), many to many, with a line on how
 * each contributes, and whether the link is read from the strategy's text or inferred
 * (where the text does not say it: Pejling's reading, shown as such).
 */
export class InitiativeTargets1765152000000 implements MigrationInterface {
  name = 'InitiativeTargets1765152000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE initiative_targets (
        target_id integer NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
        initiative_id integer NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        contribution text NOT NULL DEFAULT '',
        inferred boolean NOT NULL DEFAULT false,
        PRIMARY KEY (target_id, initiative_id)
      )`);
    await q.query(
      `CREATE INDEX ix_initiative_targets_initiative ON initiative_targets (initiative_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE initiative_targets`);
  }
}
