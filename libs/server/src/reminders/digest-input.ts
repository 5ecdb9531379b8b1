import type { Language, RecipientRole, ReminderKind, ReminderMode } from '@pejling/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { DigestItem } from './digest/digest';

/** The person a digest goes to. */
export interface DigestRecipient {
  id: number;
  name: string;
  email: string;
  language: Language;
  active: boolean;
  reminderMode: ReminderMode;
}

interface ItemRow {
  deliveryId: number;
  kind: ReminderKind;
  recipientRole: RecipientRole;
  aboutType: 'milestone' | 'round' | 'figures';
  aboutId: number;
  aboutTitle: string;
  dueDate: string;
  initiative: DigestItem['initiative'];
  /** A round's call for figures: the target, and the year the round asks for. */
  target: NonNullable<DigestItem['target']> | null;
  daysLate: number;
  alsoTold: string[];
  standsInFor: 'lead_contact' | null;
}

/**
 * The items of deliveries $1, most urgent first: each with what it is about (a milestone,
 * or a round and the initiative whose report, or the target whose figures, it asks for),
 * and the others the same rule told about the same thing on the same day (an escalation
 * says who else knows). Those are found by milestone, by round and initiative, or by round
 * and target, in branches of which only one runs: each can use its index, which a single
 * `IS NOT DISTINCT FROM` match cannot.
 */
const ITEMS_SQL = `
  SELECT d.id::int AS "deliveryId", r.kind, d.recipient_role AS "recipientRole",
         d.stands_in_for AS "standsInFor",
         CASE WHEN m.id IS NOT NULL THEN 'milestone' WHEN t.id IS NOT NULL THEN 'figures'
              ELSE 'round' END AS "aboutType",
         coalesce(m.id, rr.id) AS "aboutId", coalesce(m.title, rr.title) AS "aboutTitle",
         to_char(coalesce(m.due_date, rr.due_date), 'YYYY-MM-DD') AS "dueDate",
         CASE WHEN i.id IS NOT NULL
           THEN json_build_object('id', i.id, 'code', i.code, 'title', i.title) END AS initiative,
         CASE WHEN t.id IS NOT NULL THEN json_build_object('id', t.id, 'number', t.number,
           'title', t.title, 'year', rr.figures_year) END AS target,
         (d.day - coalesce(m.due_date, rr.due_date)) AS "daysLate",
         ARRAY(SELECT p.name
                 FROM (SELECT o.recipient_person_id
                         FROM reminder_deliveries o
                        WHERE d.milestone_id IS NOT NULL AND o.milestone_id = d.milestone_id
                          AND o.rule_id = d.rule_id AND o.day = d.day
                       UNION ALL
                       SELECT o.recipient_person_id
                         FROM reminder_deliveries o
                        WHERE d.initiative_id IS NOT NULL
                          AND o.round_id = d.round_id AND o.initiative_id = d.initiative_id
                          AND o.rule_id = d.rule_id AND o.day = d.day
                       UNION ALL
                       SELECT o.recipient_person_id
                         FROM reminder_deliveries o
                        WHERE d.target_id IS NOT NULL
                          AND o.round_id = d.round_id AND o.target_id = d.target_id
                          AND o.rule_id = d.rule_id AND o.day = d.day) o
                 JOIN people p ON p.id = o.recipient_person_id
                WHERE o.recipient_person_id <> d.recipient_person_id
                ORDER BY p.name) AS "alsoTold"
    FROM reminder_deliveries d
    JOIN reminder_rules r ON r.id = d.rule_id
    LEFT JOIN milestones m ON m.id = d.milestone_id
    LEFT JOIN reporting_rounds rr ON rr.id = d.round_id
    LEFT JOIN initiatives i ON i.id = coalesce(m.initiative_id, d.initiative_id)
    LEFT JOIN targets t ON t.id = d.target_id
   WHERE d.id = ANY($1)
   ORDER BY "daysLate" DESC, i.code, t.number, "dueDate", "aboutId", d.id`;

export async function loadRecipient(
  tx: EntityManager | DataSource,
  personId: number,
): Promise<DigestRecipient | undefined> {
  const [person] = await tx.query(
    `SELECT id, name, email, language, active, reminder_mode AS "reminderMode"
       FROM people WHERE id = $1`,
    [personId],
  );
  return person;
}

/** A digest item before its link is made. */
export type UnlinkedItem = Omit<DigestItem, 'link'>;

/** The items of deliveries, most urgent first. */
export async function loadDigestItems(
  tx: EntityManager | DataSource,
  deliveryIds: number[],
): Promise<UnlinkedItem[]> {
  const rows: ItemRow[] = await tx.query(ITEMS_SQL, [deliveryIds]);
  return rows.map((row) => ({
    deliveryId: row.deliveryId,
    kind: row.kind,
    recipientRole: row.recipientRole,
    about: { type: row.aboutType, id: row.aboutId, title: row.aboutTitle, dueDate: row.dueDate },
    initiative: row.initiative,
    ...(row.target && { target: row.target }),
    daysLate: row.daysLate,
    alsoTold: row.alsoTold,
    standsInFor: row.standsInFor,
  }));
}
