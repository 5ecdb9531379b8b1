import { DataSource, EntityManager } from 'typeorm';
import type { RecipientRole, ReminderKind } from '@pejling/contracts';

/** One reminder that is due: a rule, a milestone, a person, a day. */
export interface DueReminder {
  ruleId: number;
  kind: ReminderKind;
  milestoneId: number;
  initiativeId: number;
  recipientPersonId: number;
  recipientRole: RecipientRole;
  dueDate: string;
  /** Days past the due date on `day`; negative before it. */
  daysLate: number;
  day: string;
}

/** A delivery row the scan added. */
export type RecordedDelivery = Pick<
  DueReminder,
  'ruleId' | 'milestoneId' | 'recipientPersonId' | 'recipientRole' | 'day'
> & { deliveryId: number };

/**
 * What is due on day $1 (a date in Europe/Copenhagen, so date arithmetic needs no time
 * zone): every active rule against every open milestone, then the people each match
 * goes to. Done and cancelled milestones and inactive people get nothing.
 *
 * - due_soon N: the milestone is due in exactly N days;
 * - overdue N every R: it is N days late, or N + k·R days late;
 * - escalation N: it is N days late; the responsible person and the escalation's target
 *   (the lead organisation's contact person, or every active secretariat member).
 *
 * A milestone without a responsible person reminds its initiative's responsible people.
 * A person who is reached in more than one role by one rule gets it once. A person who
 * unsubscribed gets escalations only.
 */
const DUE_SQL = `
  WITH open_milestones AS (
    SELECT m.id, m.initiative_id, m.due_date, m.responsible_person_id,
           ($1::date - m.due_date) AS late
      FROM milestones m
     WHERE m.status NOT IN ('done', 'cancelled')
  ), matches AS (
    SELECT r.id AS rule_id, r.kind, r.escalate_to, o.*
      FROM reminder_rules r
      JOIN open_milestones o ON
           (r.kind = 'due_soon' AND o.late = -r.days)
        OR (r.kind = 'overdue' AND o.late >= r.days
            AND (o.late = r.days OR (o.late - r.days) % r.repeat_every_days = 0))
        OR (r.kind = 'escalation' AND o.late = r.days)
     WHERE r.active
  ), recipients AS (
    SELECT mt.*, mt.responsible_person_id AS person_id, 'responsible' AS role, 1 AS rank
      FROM matches mt WHERE mt.responsible_person_id IS NOT NULL
    UNION ALL
    SELECT mt.*, ir.person_id, 'responsible', 1
      FROM matches mt JOIN initiative_responsibles ir ON ir.initiative_id = mt.initiative_id
     WHERE mt.responsible_person_id IS NULL
    UNION ALL
    SELECT mt.*, o.contact_person_id, 'lead_contact', 2
      FROM matches mt
      JOIN initiatives i ON i.id = mt.initiative_id
      JOIN organisations o ON o.id = i.lead_organisation_id
     WHERE mt.escalate_to = 'lead_contact' AND o.contact_person_id IS NOT NULL
    UNION ALL
    SELECT mt.*, p.id, 'secretariat', 3
      FROM matches mt JOIN people p ON p.role = 'secretariat'
     WHERE mt.escalate_to = 'secretariat'
  )
  SELECT DISTINCT ON (rc.rule_id, rc.id, rc.person_id)
         rc.rule_id AS "ruleId", rc.kind, rc.id AS "milestoneId", rc.initiative_id AS "initiativeId",
         rc.person_id AS "recipientPersonId", rc.role AS "recipientRole",
         to_char(rc.due_date, 'YYYY-MM-DD') AS "dueDate", rc.late AS "daysLate",
         to_char($1::date, 'YYYY-MM-DD') AS day
    FROM recipients rc
    JOIN people p ON p.id = rc.person_id AND p.active
                 AND (p.reminders_enabled OR rc.kind = 'escalation')
   ORDER BY rc.rule_id, rc.id, rc.person_id, rc.rank`;

/** What is due on `day`, decided without writing anything (a preview, a dry run). */
export function dueReminders(db: DataSource | EntityManager, day: string): Promise<DueReminder[]> {
  return db.query(DUE_SQL, [day]);
}

/**
 * Writes the deliveries due on `day` and answers those it added. The unique key (rule,
 * milestone, recipient, day) makes a second scan, or two scans at once, add nothing.
 */
export async function recordDueReminders(
  db: DataSource | EntityManager,
  day: string,
): Promise<RecordedDelivery[]> {
  return db.query(
    `WITH due AS (${DUE_SQL})
     INSERT INTO reminder_deliveries (rule_id, milestone_id, recipient_person_id, recipient_role, day)
     SELECT "ruleId", "milestoneId", "recipientPersonId", "recipientRole", day::date FROM due
     ON CONFLICT (rule_id, milestone_id, recipient_person_id, day) DO NOTHING
     RETURNING id::int AS "deliveryId", rule_id AS "ruleId", milestone_id AS "milestoneId",
               recipient_person_id AS "recipientPersonId", recipient_role AS "recipientRole",
               to_char(day, 'YYYY-MM-DD') AS day`,
    [day],
  );
}
