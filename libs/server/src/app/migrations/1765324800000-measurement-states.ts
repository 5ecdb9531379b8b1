import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Figures come from those who own the data. A target has a data owner (an organisation,
 * optionally a person), which a series may override. A measurement is proposed by the data
 * owner's people, then approved or returned (with the secretariat's reason) by the
 * secretariat; only approved values count. Measurements stored before are approved.
 */
export class MeasurementStates1765324800000 implements MigrationInterface {
  name = 'MeasurementStates1765324800000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['targets', 'target_series']) {
      await q.query(`
        ALTER TABLE ${table}
          ADD COLUMN data_owner_organisation_id integer REFERENCES organisations(id),
          ADD COLUMN data_owner_person_id integer REFERENCES people(id),
          ADD CONSTRAINT ck_${table}_data_owner
            CHECK (data_owner_person_id IS NULL OR data_owner_organisation_id IS NOT NULL)`);
    }
    await q.query(`
      ALTER TABLE measurements
        ADD COLUMN state text NOT NULL DEFAULT 'approved'
          CHECK (state IN ('proposed', 'approved', 'returned')),
        ADD COLUMN return_reason text,
        ADD COLUMN proposed_by_person_id integer REFERENCES people(id),
        ADD CONSTRAINT ck_measurements_returned_reason
          CHECK ((state = 'returned') = (return_reason IS NOT NULL))`);
    await q.query(
      `CREATE INDEX ix_measurements_waiting ON measurements (series_id) WHERE state <> 'approved'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM measurements WHERE state <> 'approved'`);
    await q.query(`
      ALTER TABLE measurements DROP COLUMN state, DROP COLUMN return_reason,
        DROP COLUMN proposed_by_person_id`);
    for (const table of ['targets', 'target_series']) {
      await q.query(`
        ALTER TABLE ${table} DROP COLUMN data_owner_organisation_id,
          DROP COLUMN data_owner_person_id`);
    }
  }
}
