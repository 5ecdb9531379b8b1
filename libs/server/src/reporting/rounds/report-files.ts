import type { RoundReport } from '@pejling/contracts';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The round's report with the files attached to each status report it shows (their names
 * and sizes), read now: a submitted report's files no longer change, so a frozen report
 * and its files agree.
 */
export async function withReportFiles(
  db: DataSource | EntityManager,
  report: RoundReport,
): Promise<RoundReport> {
  const ids = report.focusAreas.flatMap((area) =>
    area.initiatives.flatMap((i) => (i.report ? [i.report.id] : [])),
  );
  const rows: { reportId: number; fileName: string; size: string }[] = ids.length
    ? await db.query(
        `SELECT status_report_id AS "reportId", file_name AS "fileName", size FROM attachments
          WHERE status_report_id = ANY($1::int[]) ORDER BY created_at, id`,
        [ids],
      )
    : [];
  const filesOf = (reportId: number) =>
    rows
      .filter((row) => row.reportId === reportId)
      .map(({ fileName, size }) => ({ fileName, size: Number(size) }));
  return {
    ...report,
    focusAreas: report.focusAreas.map((area) => ({
      ...area,
      initiatives: area.initiatives.map((i) =>
        i.report ? { ...i, report: { ...i.report, attachments: filesOf(i.report.id) } } : i,
      ),
    })),
  };
}
