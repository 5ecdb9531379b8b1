import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What reminders link to and what a person chooses about them.
 *
 * Reminder rules become unique with or without an escalation target: two `due_soon 14`
 * rules would remind twice.
 *
 * People choose one digest a day or one e-mail per milestone, and may unsubscribe from
 * reminders (escalations still reach them). Link tokens are the secrets in e-mail and
 * calendar links, stored as SHA-256 hashes only:
 * - `sign_in`: signs the person in and opens `path`; works once, until `expires_at`;
 * - `unsubscribe`: stops the person's reminders; works until `expires_at`;
 * - `calendar`: reads the person's calendar feed; one live token per person, until revoked.
 */
export class ReminderLinks1764460800000 implements MigrationInterface {
  name = 'ReminderLinks1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reminder_rules
        DROP CONSTRAINT uq_reminder_rules,
        ADD CONSTRAINT uq_reminder_rules UNIQUE NULLS NOT DISTINCT (kind, days, escalate_to)`);
    await q.query(`
      ALTER TABLE people
        ADD COLUMN reminder_mode text NOT NULL DEFAULT 'digest' CHECK (reminder_mode IN ('digest', 'per_item')),
        ADD COLUMN reminders_enabled boolean NOT NULL DEFAULT true`);
    await q.query(`
      CREATE TABLE link_tokens (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        token_hash text NOT NULL UNIQUE,
        purpose text NOT NULL CHECK (purpose IN ('sign_in', 'unsubscribe', 'calendar')),
        person_id integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        path text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT ck_link_tokens_path CHECK ((purpose = 'sign_in') = (path IS NOT NULL)),
        CONSTRAINT ck_link_tokens_expiry CHECK (purpose = 'calendar' OR expires_at IS NOT NULL)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX ux_link_tokens_calendar ON link_tokens (person_id)
        WHERE purpose = 'calendar' AND revoked_at IS NULL`,
    );
    // For clearing out expired tokens.
    await q.query(`CREATE INDEX ix_link_tokens_expires ON link_tokens (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE link_tokens`);
    await q.query(`ALTER TABLE people DROP COLUMN reminder_mode, DROP COLUMN reminders_enabled`);
    await q.query(`
      ALTER TABLE reminder_rules
        DROP CONSTRAINT uq_reminder_rules,
        ADD CONSTRAINT uq_reminder_rules UNIQUE (kind, days, escalate_to)`);
  }
}
