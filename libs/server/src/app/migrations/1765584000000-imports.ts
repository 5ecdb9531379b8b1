import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A workbook read into a preview (`imports`): what applying it would write, kept until it
 * is applied or a day has passed, so that the person who previewed it (or another of the
 * secretariat, on another API process) applies exactly what was shown. The file itself is
 * not kept.
 */
export class Imports1765584000000 implements MigrationInterface {
  name = 'Imports1765584000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE imports (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        person_id integer REFERENCES people(id) ON DELETE SET NULL,
        strategy_id integer REFERENCES strategies(id) ON DELETE CASCADE,
        file_name text NOT NULL,
        language text NOT NULL CHECK (language IN ('da', 'en')),
        state text NOT NULL DEFAULT 'previewed' CHECK (state IN ('previewed', 'applied')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        preview jsonb NOT NULL,
        writes jsonb NOT NULL,
        applied_at timestamptz,
        result jsonb
      )`);
    await q.query(
      `CREATE INDEX ix_imports_expires ON imports (expires_at) WHERE state = 'previewed'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE imports`);
  }
}
