import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments: evidence files on an initiative, a milestone, a status report or a
 * measurement, kept in Postgres. A file is a row of `attachments` and its bytes rows of
 * `attachment_chunks` (about 256 KiB each, in order of `seq`), so that an upload is written
 * and a download read a chunk at a time, never the whole file at once.
 *
 * A file belongs to exactly one parent, by a column of its own per kind of parent, so that
 * each is a real foreign key: a record that still has files is not deleted (409, naming
 * the attachments). `organisation_id` is the uploader's organisation when it was uploaded,
 * whose quota the file counts against (NULL: people without an organisation share one).
 */
export class Attachments1765411200000 implements MigrationInterface {
  name = 'Attachments1765411200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachments (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        initiative_id integer REFERENCES initiatives(id),
        milestone_id integer REFERENCES milestones(id),
        status_report_id integer REFERENCES status_reports(id),
        measurement_id integer REFERENCES measurements(id),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        content_type text NOT NULL,
        size bigint NOT NULL CHECK (size >= 0),
        uploaded_by_person_id integer REFERENCES people(id) ON DELETE SET NULL,
        organisation_id integer REFERENCES organisations(id),
        created_at timestamptz NOT NULL DEFAULT pejling_now(),
        CONSTRAINT ck_attachments_one_parent
          CHECK (num_nonnulls(initiative_id, milestone_id, status_report_id, measurement_id) = 1)
      )`);
    for (const parent of ['initiative', 'milestone', 'status_report', 'measurement']) {
      await q.query(
        `CREATE INDEX ix_attachments_${parent} ON attachments (${parent}_id) WHERE ${parent}_id IS NOT NULL`,
      );
    }
    await q.query(`CREATE INDEX ix_attachments_organisation ON attachments (organisation_id)`);
    await q.query(`
      CREATE TABLE attachment_chunks (
        attachment_id integer NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
        seq integer NOT NULL CHECK (seq >= 0),
        data bytea NOT NULL,
        PRIMARY KEY (attachment_id, seq)
      )`);
    // The accepted kinds are compressed already (PDF streams, zip containers, PNG, JPEG) or
    // small: storing the chunks uncompressed spares Postgres trying to compress them.
    await q.query(`ALTER TABLE attachment_chunks ALTER COLUMN data SET STORAGE EXTERNAL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachment_chunks, attachments`);
  }
}
