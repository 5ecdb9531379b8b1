import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'pending', 'queued', 'sending', 'sent', 'failed', 'outbox'`;
const PROBLEMS = `'no_mail_server', 'recipient_inactive', 'refused', 'temporary', 'not_queued',
                  'internal', 'superseded', 'expired'`;

/** The columns of an e-mail on its way, the same for a reminder delivery and an invitation. */
const SENDING_COLUMNS = `
  -- why it is not sent (yet), as a word the web app translates; error: the mail server's own answer
  ADD COLUMN problem text CHECK (problem IN (${PROBLEMS})),
  -- the send job that has it, so that a worker can ask the queue whether it still knows it
  ADD COLUMN job_id text,
  -- when a worker should next try it: when it was queued, or after a failed attempt, the retry
  ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
  -- sending: how long the worker that claimed it has to finish before another may take over
  ADD COLUMN claimed_until timestamptz`;

/**
 * How e-mail is sent, for reminders and invitations alike.
 *
 * - An e-mail being sent is `sending`: its Message-ID and its links are committed first,
 *   then the mail server is talked to without a transaction open, then the outcome is
 *   recorded. A worker that dies in between leaves it `sending` with its job; a retry
 *   sends it again with the same Message-ID.
 * - A delivery says why it is not sent (`problem`) apart from the server's answer
 *   (`error`), and which job has it and when it should next be tried, so that what the
 *   queue has lost is found and queued again, and what waits too long is shown.
 * - An escalation whose lead organisation has no contact person reaches the initiative's
 *   responsible people in that organisation (`lead_responsible`), or else the
 *   secretariat, standing in for the contact (`stands_in_for`).
 * - Invitations are e-mailed: each is a record with the same life as a delivery, and the
 *   password links made for it name it.
 */
export class MailSending1765065600000 implements MigrationInterface {
  name = 'MailSending1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reminder_deliveries
        DROP CONSTRAINT reminder_deliveries_status_check,
        ADD CONSTRAINT reminder_deliveries_status_check CHECK (status IN (${STATUSES})),
        DROP CONSTRAINT reminder_deliveries_recipient_role_check,
        ADD CONSTRAINT reminder_deliveries_recipient_role_check
          CHECK (recipient_role IN ('responsible', 'lead_contact', 'secretariat', 'lead_responsible')),
        ADD COLUMN stands_in_for text CHECK (stands_in_for IN ('lead_contact')),
        ${SENDING_COLUMNS}`);
    // What the error texts said is now said by the problem.
    await q.query(`
      UPDATE reminder_deliveries
         SET problem = CASE
               WHEN status = 'outbox' THEN 'no_mail_server'
               WHEN error = 'not sent: the person is no longer active' THEN 'recipient_inactive'
               WHEN error LIKE 'not sent again: %' THEN 'not_queued'
             END,
             error = CASE
               WHEN status = 'outbox' OR error = 'not sent: the person is no longer active' THEN NULL
               WHEN error LIKE 'not sent again: %' THEN substr(error, length('not sent again: ') + 1)
               ELSE error
             END,
             next_attempt_at = created_at`);
    await q.query(
      `CREATE INDEX ix_reminder_deliveries_unsent ON reminder_deliveries (next_attempt_at)
        WHERE status IN ('pending', 'queued', 'sending')`,
    );
    // The e-mail a delivery went out in: the others with its Message-ID.
    await q.query(
      `CREATE INDEX ix_reminder_deliveries_message ON reminder_deliveries (message_id)
        WHERE message_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE invitations (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        person_id integer NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        created_by integer REFERENCES people(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        -- the e-mail that carries it; NULL: not e-mailed (the link is handed over otherwise)
        status text CHECK (status IN (${STATUSES})),
        error text,
        attempts integer NOT NULL DEFAULT 0,
        message_id text,
        sent_at timestamptz
      )`);
    await q.query(`ALTER TABLE invitations ${SENDING_COLUMNS}`);
    await q.query(`CREATE INDEX ix_invitations_person ON invitations (person_id, id)`);
    await q.query(
      `CREATE INDEX ix_invitations_unsent ON invitations (next_attempt_at)
        WHERE status IN ('pending', 'queued', 'sending')`,
    );
    await q.query(
      `ALTER TABLE password_tokens ADD COLUMN invitation_id integer REFERENCES invitations(id) ON DELETE CASCADE`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE password_tokens DROP COLUMN invitation_id`);
    await q.query(`DROP TABLE invitations`);
    await q.query(`DELETE FROM reminder_deliveries WHERE recipient_role = 'lead_responsible'`);
    await q.query(`
      UPDATE reminder_deliveries
         SET status = CASE WHEN status = 'sending' THEN 'queued' ELSE status END,
             error = CASE WHEN problem = 'no_mail_server' THEN 'not sent: no mail server configured'
                          ELSE coalesce(error, problem) END`);
    await q.query(`
      ALTER TABLE reminder_deliveries
        DROP COLUMN problem, DROP COLUMN job_id, DROP COLUMN next_attempt_at,
        DROP COLUMN claimed_until, DROP COLUMN stands_in_for,
        DROP CONSTRAINT reminder_deliveries_recipient_role_check,
        ADD CONSTRAINT reminder_deliveries_recipient_role_check
          CHECK (recipient_role IN ('responsible', 'lead_contact', 'secretariat')),
        DROP CONSTRAINT reminder_deliveries_status_check,
        ADD CONSTRAINT reminder_deliveries_status_check
          CHECK (status IN ('pending', 'queued', 'sent', 'failed', 'outbox'))`);
  }
}
