import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reporting round may ask the data owners for the targets' figures of a year (a data
 * call): `figures_year`, null for a round that asks for none. Its requests and reminders go
 * through the reminder machinery like the initiatives' reports, as deliveries about a round
 * and a target (`target_id`), to a person who speaks for the data owner (`data_owner`).
 * A delivery is about exactly one thing: a milestone, a round's initiative, or a round's
 * target.
 */
export class RoundDataCalls1765497600000 implements MigrationInterface {
  name = 'RoundDataCalls1765497600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reporting_rounds
        ADD COLUMN figures_year integer CHECK (figures_year BETWEEN 1900 AND 2200)`);
    await q.query(`
      ALTER TABLE reminder_deliveries
        ADD COLUMN target_id integer REFERENCES targets(id) ON DELETE CASCADE,
        DROP CONSTRAINT ck_reminder_deliveries_subject,
        ADD CONSTRAINT ck_reminder_deliveries_subject CHECK (
          num_nonnulls(milestone_id, initiative_id, target_id) = 1
          AND (round_id IS NULL) = (milestone_id IS NOT NULL)),
        DROP CONSTRAINT uq_reminder_deliveries,
        ADD CONSTRAINT uq_reminder_deliveries UNIQUE NULLS NOT DISTINCT
          (rule_id, milestone_id, round_id, initiative_id, target_id, recipient_person_id, day),
        DROP CONSTRAINT reminder_deliveries_recipient_role_check,
        ADD CONSTRAINT reminder_deliveries_recipient_role_check CHECK (recipient_role IN
          ('responsible', 'lead_contact', 'secretariat', 'lead_responsible', 'data_owner'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM reminder_deliveries WHERE target_id IS NOT NULL`);
    await q.query(`
      ALTER TABLE reminder_deliveries
        DROP CONSTRAINT reminder_deliveries_recipient_role_check,
        ADD CONSTRAINT reminder_deliveries_recipient_role_check CHECK (recipient_role IN
          ('responsible', 'lead_contact', 'secretariat', 'lead_responsible')),
        DROP CONSTRAINT uq_reminder_deliveries,
        ADD CONSTRAINT uq_reminder_deliveries UNIQUE NULLS NOT DISTINCT
          (rule_id, milestone_id, round_id, initiative_id, recipient_person_id, day),
        DROP CONSTRAINT ck_reminder_deliveries_subject,
        ADD CONSTRAINT ck_reminder_deliveries_subject CHECK (
          (milestone_id IS NULL) = (round_id IS NOT NULL)
          AND (round_id IS NULL) = (initiative_id IS NULL)),
        DROP COLUMN target_id`);
    await q.query(`ALTER TABLE reporting_rounds DROP COLUMN figures_year`);
  }
}
