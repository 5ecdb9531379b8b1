import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's counts per focus area count moved milestones too (a due date other than
 * the planned one), which ix_milestones_initiative did not hold: Postgres then scanned every
 * milestone of every strategy (30 ms at 100 000 milestones in `npm run bench`, the same at a
 * strategy of 2 000 or of 12 000). With the planned due date in the index it reads one
 * strategy's milestones from the index alone (6 ms for 12 000).
 */
export class CoveringMilestoneIndex1765670400000 implements MigrationInterface {
  name = 'CoveringMilestoneIndex1765670400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_milestones_initiative`);
    await q.query(
      `CREATE INDEX ix_milestones_initiative ON milestones (initiative_id, due_date)
         INCLUDE (status, original_due_date)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_milestones_initiative`);
    await q.query(
      `CREATE INDEX ix_milestones_initiative ON milestones (initiative_id, due_date) INCLUDE (status)`,
    );
  }
}
