import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting rounds: before a steering-group meeting the secretariat asks the owners of the
 * initiatives in scope for a status report. A round goes draft → open → closed; closing
 * freezes the plan's state as the round's report (`snapshot`). The steering group records
 * decisions and action items against it and marks it reviewed.
 *
 * Status reports may answer a round, and a correction supersedes a submitted report.
 */
export class ReportingRounds1764547200000 implements MigrationInterface {
  name = 'ReportingRounds1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reporting_rounds (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        strategy_id integer NOT NULL REFERENCES strategies(id),
        title text NOT NULL,
        due_date date NOT NULL,
        meeting_date date NOT NULL,
        state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed')),
        opened_at timestamptz,
        closed_at timestamptz,
        snapshot jsonb,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_reporting_rounds_dates CHECK (meeting_date >= due_date),
        CONSTRAINT ck_reporting_rounds_state CHECK (
          (state = 'draft') = (opened_at IS NULL)
          AND (state = 'closed') = (closed_at IS NOT NULL)
          AND (state = 'closed') = (snapshot IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX ix_reporting_rounds_strategy ON reporting_rounds (strategy_id, meeting_date)`,
    );
    await q.query(`
      CREATE TABLE reporting_round_initiatives (
        round_id integer NOT NULL REFERENCES reporting_rounds(id) ON DELETE CASCADE,
        initiative_id integer NOT NULL REFERENCES initiatives(id),
        PRIMARY KEY (round_id, initiative_id)
      )`);
    await q.query(
      `CREATE INDEX ix_reporting_round_initiatives_initiative ON reporting_round_initiatives (initiative_id)`,
    );
    await q.query(`
      CREATE TABLE round_reviews (
        round_id integer NOT NULL REFERENCES reporting_rounds(id) ON DELETE CASCADE,
        person_id integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        reviewed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, person_id)
      )`);
    await q.query(`
      CREATE TABLE round_outcomes (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        round_id integer NOT NULL REFERENCES reporting_rounds(id),
        kind text NOT NULL CHECK (kind IN ('decision', 'action')),
        text text NOT NULL,
        responsible_person_id integer REFERENCES people(id) ON DELETE SET NULL,
        due_date date,
        initiative_id integer REFERENCES initiatives(id),
        -- an action item on an initiative becomes this milestone, which reminders cover
        milestone_id integer REFERENCES milestones(id) ON DELETE SET NULL,
        created_by integer REFERENCES people(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_round_outcomes_action CHECK (
          kind = 'action' OR (initiative_id IS NULL AND milestone_id IS NULL))
      )`);
    await q.query(`CREATE INDEX ix_round_outcomes_round ON round_outcomes (round_id)`);
    await q.query(`
      ALTER TABLE status_reports
        ADD COLUMN round_id integer REFERENCES reporting_rounds(id),
        ADD COLUMN supersedes_id integer REFERENCES status_reports(id),
        ADD CONSTRAINT uq_status_reports_supersedes UNIQUE (supersedes_id)`);
    await q.query(
      `CREATE INDEX ix_status_reports_round ON status_reports (round_id, initiative_id) WHERE round_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE status_reports DROP COLUMN round_id, DROP COLUMN supersedes_id`);
    await q.query(
      `DROP TABLE round_outcomes, round_reviews, reporting_round_initiatives, reporting_rounds`,
    );
  }
}
