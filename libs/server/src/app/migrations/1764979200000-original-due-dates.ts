import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each milestone keeps the due date it was planned with (`original_due_date`): steering
 * groups watch slippage, and a deadline moved from March to September must not look as if
 * it had always been September. Filled from the due date on every insert, whoever inserts
 * (the API, the seed, an action item becoming a milestone, a bulk load), and never changed by
 * a move. Milestones that exist already start from their present due date.
 */
export class OriginalDueDates1764979200000 implements MigrationInterface {
  name = 'OriginalDueDates1764979200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE milestones ADD COLUMN original_due_date date`);
    await q.query(`UPDATE milestones SET original_due_date = due_date`);
    await q.query(`ALTER TABLE milestones ALTER COLUMN original_due_date SET NOT NULL`);
    await q.query(`
      CREATE FUNCTION milestones_original_due_date() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.original_due_date := coalesce(NEW.original_due_date, NEW.due_date);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER milestones_original_due_date BEFORE INSERT ON milestones
        FOR EACH ROW EXECUTE FUNCTION milestones_original_due_date()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER milestones_original_due_date ON milestones`);
    await q.query(`DROP FUNCTION milestones_original_due_date()`);
    await q.query(`ALTER TABLE milestones DROP COLUMN original_due_date`);
  }
}
