import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, sessions, invitations, sign-in throttling and the audit trail.
 *
 * People gain a role, an active flag, a language and a password. Sessions and invitation
 * tokens are stored as SHA-256 hashes only, so a copy of the database signs nobody in.
 */
export class AccountsAudit1764288000000 implements MigrationInterface {
  name = 'AccountsAudit1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE people
        ADD COLUMN role text NOT NULL DEFAULT 'owner' CHECK (role IN ('secretariat', 'owner', 'steering')),
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ADD COLUMN language text NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en')),
        ADD COLUMN password_hash text,
        ADD COLUMN password_changed_at timestamptz`);

    await q.query(`
      CREATE TABLE sessions (
        id_hash text PRIMARY KEY,
        person_id integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        user_agent text
      )`);
    await q.query(
      `CREATE INDEX ix_sessions_person ON sessions (person_id) WHERE revoked_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE password_tokens (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        token_hash text NOT NULL UNIQUE,
        person_id integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        created_by integer REFERENCES people(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_password_tokens_person ON password_tokens (person_id)`);

    await q.query(`
      CREATE TABLE sign_in_failures (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_sign_in_failures_email ON sign_in_failures (email, at)`);
    await q.query(`CREATE INDEX ix_sign_in_failures_ip ON sign_in_failures (ip, at)`);

    await q.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        person_id integer,
        person_name text,
        resource text NOT NULL,
        record_id integer NOT NULL,
        action text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        before jsonb,
        after jsonb,
        initiative_id integer,
        CONSTRAINT fk_audit_events_person FOREIGN KEY (person_id) REFERENCES people(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX ix_audit_events_record ON audit_events (resource, record_id, at)`);
    await q.query(
      `CREATE INDEX ix_audit_events_initiative ON audit_events (initiative_id, at) WHERE initiative_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_audit_events_person ON audit_events (person_id, at)`);
    await q.query(`CREATE INDEX ix_audit_events_at ON audit_events (at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events, sign_in_failures, password_tokens, sessions`);
    await q.query(`
      ALTER TABLE people DROP COLUMN role, DROP COLUMN active, DROP COLUMN language,
        DROP COLUMN password_hash, DROP COLUMN password_changed_at`);
  }
}
