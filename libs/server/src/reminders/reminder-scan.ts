import { DataSource, EntityManager } from 'typeorm';
import { UNSUBSCRIBE_EXEMPT_KINDS } from '@pejling/contracts';
import type { RecipientRole, ReminderKind } from '@pejling/contracts';
import { openMilestoneSql } from '../plan/rules/milestone-rules';
import { askedFiguresSql, outstandingFigureSql } from '../targets/rules/asked-figures';

/**
 * One reminder that is due: a rule, a milestone (or a round's initiative, or a round's
 * target), a person, a day.
 */
export interface DueReminder {
  ruleId: number;
  kind: ReminderKind;
  /** The milestone it is about; null for a reporting round's reminder. */
  milestoneId: number | null;
  /** The reporting round it is about (with `initiativeId` or `targetId`); null for a milestone's. */
  roundId: number | null;
  /** The milestone's initiative, or the round's whose report it asks for; null for figures. */
  initiativeId: number | null;
  /** The target whose figures the round asks for; null otherwise. */
  targetId: number | null;
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
  'ruleId' | 'milestoneId' | 'roundId' | 'targetId' | 'recipientPersonId' | 'recipientRole' | 'day'
> & { deliveryId: number };

/**
 * The lead organisations of the initiatives in CTE `source` (one row per lead: `org`) and
 * each one's contact person, if it has an active one (`contact_id`), keyed by the columns
 * `keys` of `source`.
 */
const leadsOf = (source: string, keys: string) => `
    SELECT ${keys}, l.organisation_id AS org, lc.id AS contact_id
      FROM ${source} mt
      JOIN initiative_leads l ON l.initiative_id = mt.initiative_id
      JOIN organisations lo ON lo.id = l.organisation_id
      LEFT JOIN people lc ON lc.id = lo.contact_person_id AND lc.active`;

/**
 * The milestones' reminders due on day $1 (a date in Europe/Copenhagen, so date arithmetic
 * needs no time zone): every active rule against every open milestone, then the people
 * each match goes to. Done and cancelled milestones get nothing.
 *
 * - due_soon N: the milestone is due in exactly N days;
 * - overdue N every R: it is N days late, or N + k·R days late;
 * - escalation N: it is N days late; the responsible person and the escalation's target:
 *   every active secretariat member, or the contact person of each of the initiative's
 *   lead organisations. A lead organisation without an (active) contact person is not a
 *   reason to tell nobody: in its place, those responsible for the initiative in that
 *   organisation who are not told already (`lead_responsible`), or, without any, the
 *   secretariat; so is an initiative without a lead organisation.
 *
 * A milestone without a responsible person reminds its initiative's responsible people.
 */
const MILESTONES_DUE_SQL = `
  WITH open_milestones AS (
    SELECT m.id, m.initiative_id, m.due_date, m.responsible_person_id,
           ($1::date - m.due_date) AS late
      FROM milestones m
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
  ), leads AS (${leadsOf(
    "(SELECT * FROM matches WHERE escalate_to = 'lead_contact')",
    'mt.rule_id, mt.id, mt.initiative_id, mt.responsible_person_id',
  )}
  ), stand_ins AS (
    SELECT ld.rule_id, ld.id, ld.org, ir.person_id
      FROM leads ld
      JOIN initiative_responsibles ir ON ir.initiative_id = ld.initiative_id
      JOIN people rp ON rp.id = ir.person_id AND rp.active AND rp.organisation_id = ld.org
     WHERE ld.contact_id IS NULL AND ir.person_id <> ld.responsible_person_id
  ), recipients AS (
    SELECT mt.*, mt.responsible_person_id AS person_id, 'responsible' AS role, 1 AS rank,
           NULL AS stands_in_for
      FROM matches mt WHERE mt.responsible_person_id IS NOT NULL
    UNION ALL
    SELECT mt.*, ir.person_id, 'responsible', 1, NULL
      FROM matches mt JOIN initiative_responsibles ir ON ir.initiative_id = mt.initiative_id
     WHERE mt.responsible_person_id IS NULL
    UNION ALL
    SELECT mt.*, ld.contact_id, 'lead_contact', 2, NULL
      FROM matches mt JOIN leads ld ON ld.rule_id = mt.rule_id AND ld.id = mt.id
     WHERE ld.contact_id IS NOT NULL
    UNION ALL
    SELECT mt.*, si.person_id, 'lead_responsible', 2, 'lead_contact'
      FROM matches mt JOIN stand_ins si ON si.rule_id = mt.rule_id AND si.id = mt.id
    UNION ALL
    SELECT mt.*, p.id, 'secretariat', 3,
           CASE WHEN mt.escalate_to = 'lead_contact' THEN 'lead_contact' END
      FROM matches mt JOIN people p ON p.role = 'secretariat'
     WHERE mt.escalate_to = 'secretariat'
        OR (mt.escalate_to = 'lead_contact'
            AND (NOT EXISTS (SELECT 1 FROM leads ld WHERE ld.rule_id = mt.rule_id AND ld.id = mt.id)
                 OR EXISTS (SELECT 1 FROM leads ld
                             WHERE ld.rule_id = mt.rule_id AND ld.id = mt.id AND ld.contact_id IS NULL
                               AND NOT EXISTS (SELECT 1 FROM stand_ins si
                                                WHERE si.rule_id = ld.rule_id AND si.id = ld.id
                                                  AND si.org = ld.org))))
  )
  SELECT rc.rule_id, rc.kind, rc.id AS milestone_id, NULL::int AS round_id, rc.initiative_id,
         NULL::int AS target_id, rc.person_id, rc.role, rc.rank, rc.stands_in_for, rc.due_date, rc.late
    FROM recipients rc`;

/**
 * The round rules that match the rows of CTE `source` (an open round's `round_id`, the day
 * it was `opened_on` and how many days past its due date day $1 is, `late`) on day $1:
 *
 * - round_request N: N days after the round was opened; and on any day for the round $3,
 *   which the secretariat asks to remind now (even if it has switched the rule off);
 * - round_due_soon N: N days before the round's due date;
 * - round_missing N: N days after the due date.
 */
const roundRuleMatches = (source: string) => `
    SELECT rule.id AS rule_id, rule.kind, u.*
      FROM reminder_rules rule
      JOIN ${source} u ON
           (rule.kind = 'round_request'
            AND ($1::date - u.opened_on = rule.days OR u.round_id = $3::int))
        OR (rule.kind = 'round_due_soon' AND u.late = -rule.days)
        OR (rule.kind = 'round_missing' AND u.late = rule.days)
     WHERE rule.active OR (rule.kind = 'round_request' AND u.round_id = $3::int)`;

/** Every active secretariat member, told by round_missing what `matches` still miss. */
const SECRETARIAT_MISSING = `
      FROM matches mt JOIN people p ON p.role = 'secretariat'
     WHERE mt.kind = 'round_missing'`;

/**
 * The reporting rounds' reminders due on day $1 (`roundRuleMatches`), for each initiative in
 * an open round's scope that has no submitted report: round_request and round_due_soon to
 * the initiative's responsible people (or, without any who are active, the contact person of
 * each of its lead organisations, or, without any such contact, the secretariat, who can
 * make someone responsible); round_missing to every active secretariat member.
 */
const ROUNDS_DUE_SQL = `
  WITH unanswered AS (
    SELECT r.id AS round_id, r.due_date, r.opened_on, ri.initiative_id,
           ($1::date - r.due_date) AS late,
           EXISTS (SELECT 1 FROM initiative_responsibles ir
                     JOIN people rp ON rp.id = ir.person_id AND rp.active
                    WHERE ir.initiative_id = ri.initiative_id) AS has_responsibles
      FROM reporting_rounds r
      JOIN reporting_round_initiatives ri ON ri.round_id = r.id
     WHERE r.state = 'open'
       AND NOT EXISTS (SELECT 1 FROM status_reports sr
                        WHERE sr.round_id = r.id AND sr.initiative_id = ri.initiative_id
                          AND sr.state = 'submitted')
  ), matches AS (${roundRuleMatches('unanswered')}
  ), lead_contacts AS (${leadsOf(
    "(SELECT * FROM matches WHERE kind <> 'round_missing' AND NOT has_responsibles)",
    'mt.rule_id, mt.round_id, mt.initiative_id',
  )}
  ), recipients AS (
    SELECT mt.*, ir.person_id, 'responsible' AS role, 1 AS rank, NULL AS stands_in_for
      FROM matches mt JOIN initiative_responsibles ir ON ir.initiative_id = mt.initiative_id
     WHERE mt.kind <> 'round_missing'
    UNION ALL
    SELECT mt.*, lc.contact_id, 'lead_contact', 2, NULL
      FROM matches mt
      JOIN lead_contacts lc ON lc.rule_id = mt.rule_id AND lc.round_id = mt.round_id
                           AND lc.initiative_id = mt.initiative_id
     WHERE lc.contact_id IS NOT NULL
    UNION ALL
    SELECT mt.*, p.id, 'secretariat', 3, NULL ${SECRETARIAT_MISSING}
    UNION ALL
    SELECT mt.*, p.id, 'secretariat', 3, 'lead_contact'
      FROM matches mt JOIN people p ON p.role = 'secretariat'
     WHERE mt.kind <> 'round_missing' AND NOT mt.has_responsibles
       AND NOT EXISTS (SELECT 1 FROM lead_contacts lc
                        WHERE lc.rule_id = mt.rule_id AND lc.round_id = mt.round_id
                          AND lc.initiative_id = mt.initiative_id AND lc.contact_id IS NOT NULL)
  )
  SELECT rc.rule_id, rc.kind, NULL::int AS milestone_id, rc.round_id, rc.initiative_id,
         NULL::int AS target_id, rc.person_id, rc.role, rc.rank, rc.stands_in_for, rc.due_date,
         rc.late
    FROM recipients rc`;

/**
 * The rounds' calls for figures due on day $1 (`roundRuleMatches`), per target with a figure
 * an open round asks for (`askedFiguresSql`) that is missing or returned: round_request and
 * round_due_soon to whoever speaks for the figure's data owner (`data_owner`): the person
 * it names, if active; else its organisation's active contact person; else the
 * organisation's active owners. round_missing to every active secretariat member. A data
 * owner with nobody to ask is not asked, and shows on the round's board and in the
 * secretariat's round_missing.
 */
const FIGURES_DUE_SQL = `
  WITH outstanding AS (
    SELECT DISTINCT r.id AS round_id, r.due_date, r.opened_on, ($1::date - r.due_date) AS late,
           f.target_id, f.owner_organisation_id, f.owner_person_id
      FROM reporting_rounds r
      CROSS JOIN LATERAL (${askedFiguresSql('r.strategy_id', 'r.figures_year')}) f
     WHERE r.state = 'open' AND r.figures_year IS NOT NULL AND ${outstandingFigureSql('f')}
  ), matches AS (${roundRuleMatches('outstanding')}
  ), asked AS (
    SELECT mt.*, coalesce(dp.id, dc.id) AS asked_id
      FROM matches mt
      JOIN organisations o ON o.id = mt.owner_organisation_id
      LEFT JOIN people dp ON dp.id = mt.owner_person_id AND dp.active
      LEFT JOIN people dc ON dc.id = o.contact_person_id AND dc.active
     WHERE mt.kind <> 'round_missing'
  ), recipients AS (
    SELECT mt.rule_id, mt.kind, mt.round_id, mt.target_id, mt.asked_id AS person_id,
           mt.due_date, mt.late
      FROM asked mt WHERE mt.asked_id IS NOT NULL
    UNION ALL
    SELECT mt.rule_id, mt.kind, mt.round_id, mt.target_id, p.id, mt.due_date, mt.late
      FROM asked mt
      JOIN people p ON p.organisation_id = mt.owner_organisation_id AND p.role = 'owner' AND p.active
     WHERE mt.asked_id IS NULL
  )
  SELECT rc.rule_id, rc.kind, NULL::int AS milestone_id, rc.round_id, NULL::int AS initiative_id,
         rc.target_id, rc.person_id, 'data_owner' AS role, 1 AS rank, NULL AS stands_in_for,
         rc.due_date, rc.late
    FROM recipients rc
  UNION ALL
  SELECT mt.rule_id, mt.kind, NULL::int, mt.round_id, NULL::int, mt.target_id, p.id,
         'secretariat', 3, NULL, mt.due_date, mt.late ${SECRETARIAT_MISSING}`;

/**
 * Everything due on day $1: the milestones' and the rounds' reminders, for active people.
 * A person reached in more than one role by one rule about one thing gets it once, in the
 * first role. A person who unsubscribed gets only the kinds in $2 (escalations, round
 * requests, the secretariat's list of who is missing).
 */
const DUE_SQL = `
  SELECT DISTINCT ON (rc.rule_id, rc.milestone_id, rc.round_id, rc.initiative_id, rc.target_id,
                      rc.person_id)
         rc.rule_id AS "ruleId", rc.kind, rc.milestone_id AS "milestoneId", rc.round_id AS "roundId",
         rc.initiative_id AS "initiativeId", rc.target_id AS "targetId",
         rc.person_id AS "recipientPersonId",
         rc.role AS "recipientRole", rc.stands_in_for AS "standsInFor",
         to_char(rc.due_date, 'YYYY-MM-DD') AS "dueDate",
         rc.late AS "daysLate", to_char($1::date, 'YYYY-MM-DD') AS day
    FROM (${MILESTONES_DUE_SQL}
          UNION ALL
          SELECT * FROM (${ROUNDS_DUE_SQL}) rounds
          UNION ALL
          SELECT * FROM (${FIGURES_DUE_SQL}) figures) rc
    JOIN people p ON p.id = rc.person_id AND p.active
                 AND (p.reminders_enabled OR rc.kind = ANY($2))
   ORDER BY rc.rule_id, rc.milestone_id, rc.round_id, rc.initiative_id, rc.target_id, rc.person_id,
            rc.rank`;

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
 * milestone or round and initiative or round and target, recipient, day) makes a second
 * scan, or two scans at once, add nothing.
 */
export async function recordDueReminders(
  db: DataSource | EntityManager,
  day: string,
  options: ScanOptions = {},
): Promise<RecordedDelivery[]> {
  return db.query(
    `WITH due AS (${DUE_SQL})
     INSERT INTO reminder_deliveries
            (rule_id, milestone_id, round_id, initiative_id, target_id, recipient_person_id,
             recipient_role, stands_in_for, day)
     SELECT "ruleId", "milestoneId", "roundId",
            CASE WHEN "roundId" IS NULL THEN NULL ELSE "initiativeId" END, "targetId",
            "recipientPersonId", "recipientRole", "standsInFor", day::date
       FROM due
     ON CONFLICT ON CONSTRAINT uq_reminder_deliveries DO NOTHING
     RETURNING id::int AS "deliveryId", rule_id AS "ruleId", milestone_id AS "milestoneId",
               round_id AS "roundId", target_id AS "targetId",
               recipient_person_id AS "recipientPersonId",
               recipient_role AS "recipientRole", to_char(day, 'YYYY-MM-DD') AS day`,
    dueParameters(day, options),
  );
}
