import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminder rules (data, with the defaults below) and the delivery log: one row per
 * (rule, milestone, recipient, day), so that deciding twice what is due adds nothing.
 * Organisations gain a contact person, whom the escalation ladder tells.
 */
export class Reminders1764374400000 implements MigrationInterface {
  name = 'Reminders1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE organisations ADD COLUMN contact_person_id integer REFERENCES people(id) ON DELETE SET NULL`,
    );

    await q.query(`
      CREATE TABLE reminder_rules (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('due_soon', 'overdue', 'escalation')),
        -- due_soon: days before the due date; overdue and escalation: days after it
        days integer NOT NULL CHECK (days BETWEEN 0 AND 365),
        -- overdue: then again every this many days while the milestone stays open
        repeat_every_days integer CHECK (repeat_every_days BETWEEN 1 AND 365),
        -- escalation: who is told besides the responsible person
        escalate_to text CHECK (escalate_to IN ('lead_contact', 'secretariat')),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_reminder_rules_shape CHECK (
          (kind = 'escalation') = (escalate_to IS NOT NULL)
          AND (repeat_every_days IS NULL OR kind = 'overdue')),
        CONSTRAINT uq_reminder_rules UNIQUE (kind, days, escalate_to)
      )`);
    await q.query(`
      INSERT INTO reminder_rules (kind, days, repeat_every_days, escalate_to) VALUES
        ('due_soon', 14, NULL, NULL),
        ('due_soon', 3, NULL, NULL),
        ('overdue', 1, 7, NULL),
        ('escalation', 14, NULL, 'lead_contact'),
        ('escalation', 28, NULL, 'secretariat')`);

    await q.query(`
      CREATE TABLE reminder_deliveries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        rule_id integer NOT NULL REFERENCES reminder_rules(id),
        milestone_id integer NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
        recipient_person_id integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        -- why this person gets it: the responsible person, or the one an escalation tells
        recipient_role text NOT NULL CHECK (recipient_role IN ('responsible', 'lead_contact', 'secretariat')),
        -- the day (Europe/Copenhagen) the reminder is for
        day date NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'queued', 'sent', 'failed', 'outbox')),
        attempts integer NOT NULL DEFAULT 0,
        error text,
        sent_at timestamptz,
        message_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_reminder_deliveries UNIQUE (rule_id, milestone_id, recipient_person_id, day)
      )`);
    await q.query(
      `CREATE INDEX ix_reminder_deliveries_recipient_day ON reminder_deliveries (recipient_person_id, day)`,
    );
    await q.query(
      `CREATE INDEX ix_reminder_deliveries_status ON reminder_deliveries (status, day)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reminder_deliveries, reminder_rules`);
    await q.query(`ALTER TABLE organisations DROP COLUMN contact_person_id`);
  }
}
