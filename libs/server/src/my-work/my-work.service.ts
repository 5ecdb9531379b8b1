import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  reportFormPath,
  roundFiguresPath,
  type MyWork,
  type MyWorkFigureRequest,
  type MyWorkInitiative,
  type MyWorkMilestone,
  type MyWorkReportRequest,
} from '@pejling/contracts';
import type { Actor } from '../records/actor';
import { OWN_INITIATIVES_SQL } from '../records/ownership';
import { Clock } from '../core/clock/clock';
import { MILESTONE_COUNTS, PROGRESS } from '../plan/rules/progress-sql';
import { openMilestoneSql, overdueMilestoneSql } from '../plan/rules/milestone-rules';
import { askedFiguresSql, outstandingFigureSql } from '../targets/rules/asked-figures';

/*
 * Every query takes the person ($1), the organisation whose initiatives count as theirs
 * ($2) and today ($3). The initiatives in their care are those `OWN_INITIATIVES_SQL`
 * names: those they are a responsible person of, and, for an owner (as `Me.initiativeIds`),
 * those their organisation leads. Another role's organisation leads nothing for them, but
 * reminders and report requests still go to them as a responsible person, and the links
 * in those e-mails lead here. Open and overdue are the milestone rules'.
 */

const IN_CARE = (initiativeId: string) => `${initiativeId} IN (${OWN_INITIATIVES_SQL})`;

const OPEN = openMilestoneSql();
const OVERDUE = overdueMilestoneSql('$3');

/** Their initiatives, the newest strategy's first, then by focus area and number (A.2 before A.10). */
const INITIATIVES_SQL = `
  SELECT i.id, i.code, i.title,
         json_build_object('id', fa.id, 'code', fa.code, 'title', fa.title) AS "focusArea",
         i.status, i.health, ${PROGRESS} AS progress,
         open.count AS "openMilestones", open.overdue AS "overdueMilestones"
    FROM initiatives i
    JOIN focus_areas fa ON fa.id = i.focus_area_id
    JOIN strategies s ON s.id = i.strategy_id
    LEFT JOIN (${MILESTONE_COUNTS}) ms ON ms.initiative_id = i.id
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS count, count(*) FILTER (WHERE ${OVERDUE})::int AS overdue
        FROM milestones m
       WHERE m.initiative_id = i.id AND ${OPEN}) open
   WHERE ${IN_CARE('i.id')}
   ORDER BY s.period_start DESC, s.id, fa.sort_order, fa.code, split_part(i.code, '.', 2)::int`;

/**
 * The milestones they are responsible for, and the open ones nobody is responsible for in
 * their initiatives (reminders about those go to the initiative's people). Open ones
 * first; each part by due date.
 */
const MILESTONES_SQL = `
  SELECT m.id, m.version, m.title, to_char(m.due_date, 'YYYY-MM-DD') AS "dueDate", m.status,
         ${OVERDUE} AS overdue,
         (m.responsible_person_id IS NULL) AS unassigned,
         i.id AS "initiativeId", i.code AS "initiativeCode", i.title AS "initiativeTitle"
    FROM milestones m
    JOIN initiatives i ON i.id = m.initiative_id
   WHERE m.responsible_person_id = $1
      OR (m.responsible_person_id IS NULL AND ${OPEN} AND ${IN_CARE('m.initiative_id')})
   ORDER BY NOT (${OPEN}), m.due_date, i.code, m.id`;

/** Open rounds asking for the report on one of their initiatives, not submitted yet. */
const REPORT_REQUESTS_SQL = `
  SELECT r.id AS "roundId", r.title AS "roundTitle",
         to_char(r.due_date, 'YYYY-MM-DD') AS "dueDate", (r.due_date < $3::date) AS overdue,
         i.id AS "initiativeId", i.code AS "initiativeCode", i.title AS "initiativeTitle",
         EXISTS (SELECT 1 FROM status_reports sr
                  WHERE sr.round_id = r.id AND sr.initiative_id = i.id AND sr.state = 'draft')
           AS "hasDraft"
    FROM reporting_rounds r
    JOIN reporting_round_initiatives ri ON ri.round_id = r.id
    JOIN initiatives i ON i.id = ri.initiative_id
   WHERE r.state = 'open'
     AND ${IN_CARE('i.id')}
     AND NOT EXISTS (SELECT 1 FROM status_reports sr
                      WHERE sr.round_id = r.id AND sr.initiative_id = i.id
                        AND sr.state = 'submitted')
   ORDER BY r.due_date, r.id, i.code`;

/**
 * Open rounds asking for target figures the person proposes, with how many of those are
 * missing or returned. They speak for a figure's data owner as its named person or, as an
 * owner, in its organisation ($2 is theirs only for an owner, so the role is known here).
 */
const FIGURE_REQUESTS_SQL = `
  SELECT r.id AS "roundId", r.title AS "roundTitle",
         to_char(r.due_date, 'YYYY-MM-DD') AS "dueDate", (r.due_date < $3::date) AS overdue,
         r.figures_year AS year, count(*)::int AS outstanding
    FROM reporting_rounds r
    CROSS JOIN LATERAL (${askedFiguresSql('r.strategy_id', 'r.figures_year', ['$1::int', `'owner'`, '$2::int'])}) f
   WHERE r.state = 'open' AND r.figures_year IS NOT NULL AND f.yours
     AND ${outstandingFigureSql('f')}
   GROUP BY r.id
   ORDER BY r.due_date, r.id`;

/**
 * What a signed-in person has to do: their initiatives, milestones, and the reports and
 * figures asked for.
 */
@Injectable()
export class MyWorkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async of(actor: Actor): Promise<MyWork> {
    const today = this.clock.today();
    if (actor.personId === null) {
      return { today, initiatives: [], milestones: [], reportRequests: [], figureRequests: [] };
    }
    const organisationId = actor.role === 'owner' ? actor.organisationId : null;
    const params = [actor.personId, organisationId, today];
    const [initiatives, milestones, requests, figures] = await Promise.all([
      this.dataSource.query(INITIATIVES_SQL, params) as Promise<MyWorkInitiative[]>,
      this.dataSource.query(MILESTONES_SQL, params) as Promise<MyWorkMilestone[]>,
      this.dataSource.query(REPORT_REQUESTS_SQL, params) as Promise<
        Omit<MyWorkReportRequest, 'path'>[]
      >,
      this.dataSource.query(FIGURE_REQUESTS_SQL, params) as Promise<
        Omit<MyWorkFigureRequest, 'path'>[]
      >,
    ]);
    return {
      today,
      initiatives,
      milestones,
      reportRequests: requests.map((request) => ({
        ...request,
        path: reportFormPath(request.roundId, request.initiativeId),
      })),
      figureRequests: figures.map((request) => ({
        ...request,
        path: roundFiguresPath(request.roundId),
      })),
    };
  }
}
