import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The time of the plan's story in the database, as `Clock.now()` tells it in the server:
 * `pejling_now()` is `now()`, or, when the connection fixes the date (`pejling.today`, set
 * from PEJLING_TODAY: the demo), that date at the real time of day in Copenhagen.
 *
 * Every column that records when something happened in the plan defaults to it: records'
 * creation and change, audit events, reviews, reminder deliveries, when a person's link
 * (a calendar feed) was made. The security tables (sessions, invitations, failed sign-ins)
 * keep the real time: their timers must run in real time, and nobody reads them; so do the
 * links' expiry and use, which their SQL stamps with now().
 */
const REAL_TIME_TABLES = ['sessions', 'password_tokens', 'sign_in_failures'];

export class StoryClock1764892800000 implements MigrationInterface {
  name = 'StoryClock1764892800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION pejling_now() RETURNS timestamptz LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN coalesce(current_setting('pejling.today', true), '') = '' THEN now()
                    ELSE (current_setting('pejling.today')::date
                          + (now() AT TIME ZONE 'Europe/Copenhagen')::time)
                         AT TIME ZONE 'Europe/Copenhagen'
               END
      $$`);
    await this.setDefaults(q, 'now()', 'pejling_now()');
  }

  async down(q: QueryRunner): Promise<void> {
    await this.setDefaults(q, 'pejling_now()', 'now()');
    await q.query('DROP FUNCTION pejling_now()');
  }

  /** Every column of the story's tables that defaults to `from` defaults to `to`. */
  private async setDefaults(q: QueryRunner, from: string, to: string): Promise<void> {
    const columns: { table: string; column: string }[] = await q.query(
      `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
        WHERE table_schema = current_schema() AND column_default = $1
          AND NOT (table_name = ANY($2)) ORDER BY 1, 2`,
      [from, REAL_TIME_TABLES],
    );
    for (const { table, column } of columns) {
      await q.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" SET DEFAULT ${to}`);
    }
  }
}
