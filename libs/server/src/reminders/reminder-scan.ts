import { DataSource, EntityManager } from 'typeorm';
import { UNSUBSCRIBE_EXEMPT_KINDS } from '@pejling/contracts';
import type { RecipientRole, ReminderKind } from '@pejling/contracts';
import { openMilestoneSql } from '../plan/rules/milestone-rules';

/** One reminder that is due: a rule, a milestone (or a round's initiative), a person, a day. */
export interface DueReminder {
  ruleId: number;
  kind: ReminderKind;
  /** The milestone it is about; null for a reporting round's reminder. */
  milestoneId: number | null;
  /** The reporting round it is about (with `initiativeId`); null for a milestone's. */
  roundId: number | null;
  initiativeId: number;
  recipientPersonId: number;
  recipientRole: RecipientRole;
  /** Told in place of the lead organisation's contact person, which it lacks. */
  standsInFor: 'lead_contact' | null;
  dueDate: string;
  /** Days past the (milestone's or round's) due date on `day`; negative before it. */
  daysLate: number;
  day: string;
}

/** A delivery the scan added. */
export type RecordedDelivery = Pick<
  DueReminder,
  'ruleId' | 'milestoneId' | 'roundId' | 'recipientPersonId' | 'recipientRole' | 'day'
> & { deliveryId: number };

/**
 * The lead organisation of an initiative (`lead_org`) and its contact person, if it has an
 * active one (`lead_contact_id`), for `FROM … AS x` joined on `x.initiative_id`.
 */
const LEAD_JOINS = (alias: string) => `
      JOIN initiatives li ON li.id = ${alias}.initiative_id
      LEFT JOIN organisations lo ON lo.id = li.lead_organisation_id
      LEFT JOIN people lc ON lc.id = lo.contact_person_id AND lc.active`;

/**
 * The milestones' reminders due on day $1 (a date in Europe/Copenhagen, so date arithmetic
 * needs no time zone): every active rule against every open milestone, then the people
 * each match goes to. Done and cancelled milestones get nothing.
 *
 * - due_soon N: the milestone is due in exactly N days;
 * - overdue N every R: it is N days late, or N + k·R days late;
 * - escalation N: it is N days late; the responsible person and the escalation's target:
 *   every active secretariat member, or the lead organisation's contact person. A lead
 *   organisation without an (active) contact person is not a reason to tell nobody: in
 *   its place, those responsible for the initiative in that organisation who are not told
 *   already (`lead_responsible`), or, without any, the secretariat.
 *
 * A milestone without a responsible person reminds its initiative's responsible people.
 */
const MILESTONES_DUE_SQL = `
  WITH open_milestones AS (
    SELECT m.id, m.initiative_id, m.due_date, m.responsible_person_id,
           ($1::date - m.due_date) AS late, li.lead_organisation_id AS lead_org,
           lc.id AS lead_contact_id
      FROM milestones m ${LEAD_JOINS('m')}
     WHERE ${openMilestoneSql()}
  ), matches AS (
    SELECT r.id AS rule_id, r.kind, r.escalate_to, o.*
      FROM reminder_rules r
      JOIN open_milestones o ON
           (r.kind = 'due_soon' AND o.late = -r.days)
        OR (r.kind = 'overdue' AND o.late >= r.days
            AND (o.late = r.days OR (o.late - r.days) % r.repeat_every_days = 0))
        OR (r.kind = 'escalation' AND o.late = r.days)
     WHERE r.active
  ), stand_ins AS (
    SELECT mt.rule_id, mt.id, ir.person_id
      FROM matches mt
      JOIN initiative_responsibles ir ON ir.initiative_id = mt.initiative_id
      JOIN people rp ON rp.id = ir.person_id AND rp.active AND rp.organisation_id = mt.lead_org
     WHERE mt.escalate_to = 'lead_contact' AND mt.lead_contact_id IS NULL
       AND ir.person_id <> mt.responsible_person_id
  ), recipients AS (
    SELECT mt.*, mt.responsible_person_id AS person_id, 'responsible' AS role, 1 AS rank,
           NULL AS stands_in_for
      FROM matches mt WHERE mt.responsible_person_id IS NOT NULL
    UNION ALL
    SELECT mt.*, ir.person_id, 'responsible', 1, NULL
      FROM matches mt JOIN initiative_responsibles ir ON ir.initiative_id = mt.initiative_id
     WHERE mt.responsible_person_id IS NULL
    UNION ALL
    SELECT mt.*, mt.lead_contact_id, 'lead_contact', 2, NULL
      FROM matches mt WHERE mt.escalate_to = 'lead_contact' AND mt.lead_contact_id IS NOT NULL
    UNION ALL
    SELECT mt.*, si.person_id, 'lead_responsible', 2, 'lead_contact'
      FROM matches mt JOIN stand_ins si ON si.rule_id = mt.rule_id AND si.id = mt.id
    UNION ALL
    SELECT mt.*, p.id, 'secretariat', 3,
           CASE WHEN mt.escalate_to = 'lead_contact' THEN 'lead_contact' END
      FROM matches mt JOIN people p ON p.role = 'secretariat'
     WHERE mt.escalate_to = 'secretariat'
        OR (mt.escalate_to = 'lead_contact' AND mt.lead_contact_id IS NULL
            AND NOT EXISTS (SELECT 1 FROM stand_ins si WHERE si.rule_id = mt.rule_id AND si.id = mt.id))
  )
  SELECT rc.rule_id, rc.kind, rc.id AS milestone_id, NULL::int AS round_id, rc.initiative_id,
         rc.person_id, rc.role, rc.rank, rc.stands_in_for, rc.due_date, rc.late
    FROM recipients rc`;

/**
 * The reporting rounds' reminders due on day $1, for each initiative in an open round's
 * scope that has no submitted report:
 *
 * - round_request N: N days after the round was opened, to the initiative's responsible
 *   people (or, without any who are active, its lead organisation's contact person, or,
 *   without one either, the secretariat, who can make someone responsible); and on any
 *   day for the round $3, which the secretariat asks to remind now;
 * - round_due_soon N: N days before the round's due date, to the same;
 * - round_missing N: N days after the due date, to every active secretariat member.
 */
const ROUNDS_DUE_SQL = `
  WITH unanswered AS (
    SELECT r.id AS round_id, r.due_date, r.opened_on, ri.initiative_id,
           ($1::date - r.due_date) AS late, lc.id AS lead_contact_id,
           EXISTS (SELECT 1 FROM initiative_responsibles ir
                     JOIN people rp ON rp.id = ir.person_id AND rp.active
                    WHERE ir.initiative_id = ri.initiative_id) AS has_responsibles
      FROM reporting_rounds r
      JOIN reporting_round_initiatives ri ON ri.round_id = r.id ${LEAD_JOINS('ri')}
     WHERE r.state = 'open'
       AND NOT EXISTS (SELECT 1 FROM status_reports sr
                        WHERE sr.round_id = r.id AND sr.initiative_id = ri.initiative_id
                          AND sr.state = 'submitted')
  ), matches AS (
    SELECT rule.id AS rule_id, rule.kind, u.*
      FROM reminder_rules rule
      JOIN unanswered u ON
           (rule.kind = 'round_request'
            AND ($1::date - u.opened_on = rule.days OR u.round_id = $3::int))
        OR (rule.kind = 'round_due_soon' AND u.late = -rule.days)
        OR (rule.kind = 'round_missing' AND u.late = rule.days)
     -- asked for now: even if the secretariat has switched the rule off
     WHERE rule.active OR (rule.kind = 'round_request' AND u.round_id = $3::int)
  ), recipients AS (
    SELECT mt.*, ir.person_id, 'responsible' AS role, 1 AS rank, NULL AS stands_in_for
      FROM matches mt JOIN initiative_responsibles ir ON ir.initiative_id = mt.initiative_id
     WHERE mt.kind <> 'round_missing'
    UNION ALL
    SELECT mt.*, mt.lead_contact_id, 'lead_contact', 2, NULL
      FROM matches mt
     WHERE mt.kind <> 'round_missing' AND NOT mt.has_responsibles
       AND mt.lead_contact_id IS NOT NULL
    UNION ALL
    SELECT mt.*, p.id, 'secretariat', 3,
           CASE WHEN mt.kind <> 'round_missing' THEN 'lead_contact' END
      FROM matches mt JOIN people p ON p.role = 'secretariat'
     WHERE mt.kind = 'round_missing'
        OR (NOT mt.has_responsibles AND mt.lead_contact_id IS NULL)
  )
  SELECT rc.rule_id, rc.kind, NULL::int AS milestone_id, rc.round_id, rc.initiative_id,
         rc.person_id, rc.role, rc.rank, rc.stands_in_for, rc.due_date, rc.late
    FROM recipients rc`;

/**
 * Everything due on day $1: the milestones' and the rounds' reminders, for active people.
 * A person reached in more than one role by one rule about one thing gets it once, in the
 * first role. A person who unsubscribed gets only the kinds in $2 (escalations, round
 * requests, the secretariat's list of who is missing).
 */
const DUE_SQL = `
  SELECT DISTINCT ON (rc.rule_id, rc.milestone_id, rc.round_id, rc.initiative_id, rc.person_id)
         rc.rule_id AS "ruleId", rc.kind, rc.milestone_id AS "milestoneId", rc.round_id AS "roundId",
         rc.initiative_id AS "initiativeId", rc.person_id AS "recipientPersonId",
         rc.role AS "recipientRole", rc.stands_in_for AS "standsInFor",
         to_char(rc.due_date, 'YYYY-MM-DD') AS "dueDate",
         rc.late AS "daysLate", to_char($1::date, 'YYYY-MM-DD') AS day
    FROM (${MILESTONES_DUE_SQL}
          UNION ALL
          SELECT * FROM (${ROUNDS_DUE_SQL}) rounds) rc
    JOIN people p ON p.id = rc.person_id AND p.active
                 AND (p.reminders_enabled OR rc.kind = ANY($2))
   ORDER BY rc.rule_id, rc.milestone_id, rc.round_id, rc.initiative_id, rc.person_id, rc.rank`;

/** Besides what the rules say for the day: a round whose missing reports are asked for now. */
export interface ScanOptions {
  remindRound?: number;
}

function dueParameters(day: string, options: ScanOptions): unknown[] {
  return [day, UNSUBSCRIBE_EXEMPT_KINDS, options.remindRound ?? null];
}

/** What is due on `day`, decided without writing anything (a preview, a dry run). */
export function dueReminders(
  db: DataSource | EntityManager,
  day: string,
  options: ScanOptions = {},
): Promise<DueReminder[]> {
  return db.query(DUE_SQL, dueParameters(day, options));
}

/**
 * Writes the deliveries due on `day` and answers those it added. The unique key (rule,
 * milestone or round and initiative, recipient, day) makes a second scan, or two scans at
 * once, add nothing.
 */
export async function recordDueReminders(
  db: DataSource | EntityManager,
  day: string,
  options: ScanOptions = {},
): Promise<RecordedDelivery[]> {
  return db.query(
    `WITH due AS (${DUE_SQL})
     INSERT INTO reminder_deliveries
            (rule_id, milestone_id, round_id, initiative_id, recipient_person_id, recipient_role,
             stands_in_for, day)
     SELECT "ruleId", "milestoneId", "roundId",
            CASE WHEN "roundId" IS NULL THEN NULL ELSE "initiativeId" END,
            "recipientPersonId", "recipientRole", "standsInFor", day::date
       FROM due
     ON CONFLICT ON CONSTRAINT uq_reminder_deliveries DO NOTHING
     RETURNING id::int AS "deliveryId", rule_id AS "ruleId", milestone_id AS "milestoneId",
               round_id AS "roundId", recipient_person_id AS "recipientPersonId",
               recipient_role AS "recipientRole", to_char(day, 'YYYY-MM-DD') AS day`,
    dueParameters(day, options),
  );
}
