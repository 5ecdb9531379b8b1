import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for paths measured in `npm run bench` (100 000 milestones, 10 000 reminders due):
 *
 * - Milestones by initiative, with their status next to the due date: the dashboard's
 *   counts per focus area and its lists of open milestones read a strategy's milestones
 *   from the index alone (the counts took 14 ms through a full scan, 0.2 ms through it).
 * - Milestones by due date as the lists sort them: ascending with empty values first
 *   (list-query.ts), which an index in the default order (NULLS LAST) cannot serve. The
 *   first page of a list of open milestones took 29 ms through a sort, 1 ms through it.
 * - Reminder deliveries by milestone and day: an e-mail names who else was told about the
 *   same milestone that day, which otherwise scans every delivery of the rule (3.5 ms an
 *   e-mail, 0.1 ms with it); deleting a milestone finds its deliveries through it too.
 */
export class ReadIndexes1764806400000 implements MigrationInterface {
  name = 'ReadIndexes1764806400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_milestones_initiative ON milestones (initiative_id, due_date) INCLUDE (status)`,
    );
    await q.query(`DROP INDEX ix_milestones_initiative_due`);
    await q.query(`DROP INDEX ix_milestones_due`);
    await q.query(`CREATE INDEX ix_milestones_due ON milestones (due_date NULLS FIRST, id)`);
    await q.query(
      `CREATE INDEX ix_reminder_deliveries_milestone ON reminder_deliveries (milestone_id, day)
        WHERE milestone_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_reminder_deliveries_milestone`);
    await q.query(`DROP INDEX ix_milestones_due`);
    await q.query(`CREATE INDEX ix_milestones_due ON milestones (due_date, id)`);
    await q.query(
      `CREATE INDEX ix_milestones_initiative_due ON milestones (initiative_id, due_date)`,
    );
    await q.query(`DROP INDEX ix_milestones_initiative`);
  }
}
