import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments on initiatives: a conversation beside the plan, each signed by its author.
 * Like milestones and status reports, a comment keeps its initiative and its author
 * from being deleted (the delete answers 409 naming the comments).
 */
export class Comments1764720000000 implements MigrationInterface {
  name = 'Comments1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE comments (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        initiative_id integer NOT NULL REFERENCES initiatives(id),
        author_person_id integer NOT NULL REFERENCES people(id),
        body text NOT NULL CHECK (length(btrim(body)) > 0 AND length(body) <= 5000),
        edited_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_comments_initiative ON comments (initiative_id, created_at)`);
    await q.query(`CREATE INDEX ix_comments_author ON comments (author_person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE comments`);
  }
}
