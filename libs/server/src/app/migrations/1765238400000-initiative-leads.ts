import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An initiative may have several lead organisations (the strategy names two for some), each
 * with a lead's rights, reminders and escalations. They are kept in the order the plan names
 * them, and a lead the text does not name (Pejling's reading) is marked inferred. The single
 * `lead_organisation_id` each initiative had becomes its first lead.
 */
export class InitiativeLeads1765238400000 implements MigrationInterface {
  name = 'InitiativeLeads1765238400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE initiative_leads (
        initiative_id integer NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        organisation_id integer NOT NULL REFERENCES organisations(id),
        position smallint NOT NULL CHECK (position >= 0),
        inferred boolean NOT NULL DEFAULT false,
        PRIMARY KEY (initiative_id, organisation_id),
        CONSTRAINT uq_initiative_leads_position UNIQUE (initiative_id, position)
      )`);
    await q.query(
      `CREATE INDEX ix_initiative_leads_organisation ON initiative_leads (organisation_id)`,
    );
    await q.query(`
      INSERT INTO initiative_leads (initiative_id, organisation_id, position)
      SELECT id, lead_organisation_id, 0 FROM initiatives WHERE lead_organisation_id IS NOT NULL`);
    await q.query(`ALTER TABLE initiatives DROP COLUMN lead_organisation_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE initiatives ADD COLUMN lead_organisation_id integer REFERENCES organisations(id)`,
    );
    await q.query(`
      UPDATE initiatives i SET lead_organisation_id = l.organisation_id
        FROM initiative_leads l WHERE l.initiative_id = i.id AND l.position = 0`);
    await q.query(`DROP TABLE initiative_leads`);
  }
}
