import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting rounds go through the reminder machinery: rules of their own, and deliveries
 * about a round and an initiative instead of a milestone.
 *
 * - `round_request` N: N days after the round opened (0: the day it opens), to the
 *   responsible people of each initiative in scope that has not reported;
 * - `round_due_soon` N: N days before the round's due date, to the same;
 * - `round_missing` N: N days after the due date, to the secretariat, per initiative
 *   that still has not reported.
 *
 * A round remembers the day (Europe/Copenhagen, by the app's clock) it was opened.
 */
export class RoundReminders1764633600000 implements MigrationInterface {
  name = 'RoundReminders1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reminder_rules
        DROP CONSTRAINT reminder_rules_kind_check,
        ADD CONSTRAINT reminder_rules_kind_check CHECK (kind IN (
          'due_soon', 'overdue', 'escalation', 'round_request', 'round_due_soon', 'round_missing'))`);
    await q.query(`
      INSERT INTO reminder_rules (kind, days) VALUES
        ('round_request', 0),
        ('round_due_soon', 7),
        ('round_due_soon', 1),
        ('round_missing', 1)`);
    await q.query(`ALTER TABLE reporting_rounds ADD COLUMN opened_on date`);
    await q.query(
      `UPDATE reporting_rounds SET opened_on = opened_at::date WHERE opened_at IS NOT NULL`,
    );
    await q.query(`
      ALTER TABLE reminder_deliveries
        ALTER COLUMN milestone_id DROP NOT NULL,
        ADD COLUMN round_id integer REFERENCES reporting_rounds(id) ON DELETE CASCADE,
        ADD COLUMN initiative_id integer REFERENCES initiatives(id) ON DELETE CASCADE,
        ADD CONSTRAINT ck_reminder_deliveries_subject CHECK (
          (milestone_id IS NULL) = (round_id IS NOT NULL)
          AND (round_id IS NULL) = (initiative_id IS NULL)),
        DROP CONSTRAINT uq_reminder_deliveries,
        ADD CONSTRAINT uq_reminder_deliveries UNIQUE NULLS NOT DISTINCT
          (rule_id, milestone_id, round_id, initiative_id, recipient_person_id, day)`);
    await q.query(
      `CREATE INDEX ix_reminder_deliveries_round ON reminder_deliveries (round_id) WHERE round_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM reminder_deliveries WHERE round_id IS NOT NULL`);
    await q.query(`
      ALTER TABLE reminder_deliveries
        DROP CONSTRAINT uq_reminder_deliveries,
        ADD CONSTRAINT uq_reminder_deliveries UNIQUE (rule_id, milestone_id, recipient_person_id, day),
        DROP CONSTRAINT ck_reminder_deliveries_subject,
        DROP COLUMN round_id,
        DROP COLUMN initiative_id,
        ALTER COLUMN milestone_id SET NOT NULL`);
    await q.query(`ALTER TABLE reporting_rounds DROP COLUMN opened_on`);
    await q.query(`DELETE FROM reminder_rules WHERE kind LIKE 'round_%'`);
    await q.query(`
      ALTER TABLE reminder_rules
        DROP CONSTRAINT reminder_rules_kind_check,
        ADD CONSTRAINT reminder_rules_kind_check CHECK (kind IN ('due_soon', 'overdue', 'escalation'))`);
  }
}
