import { Inject, Injectable } from '@nestjs/common';
import {
  DELIVERY_STATUSES,
  type DeliveryCounts,
  type DeliveryStatus,
  type DueReminderView,
  type MailMode,
  type MissingContact,
  type ReminderPreview,
  type ReminderRunResult,
} from '@pejling/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../records/actor';
import { assertMayDo } from '../records/access';
import { Clock } from '../core/clock/clock';
import type { AppConfig } from '../core/config/config';
import { APP_CONFIG } from '../core/config/config.module';
import { mailModeOf } from '../core/mail/mailer';
import { ReminderDispatcher } from './reminder-dispatcher';
import { DueReminder, dueReminders } from './reminder-scan';
import type { RunRemindersDto } from './reminder-run.dto';

/** What identifies a delivery of the day: its rule, what it is about, its recipient. */
function keyOf(
  d: Pick<
    DueReminder,
    'ruleId' | 'milestoneId' | 'roundId' | 'initiativeId' | 'targetId' | 'recipientPersonId'
  >,
) {
  return [
    d.ruleId,
    d.milestoneId,
    d.roundId,
    d.roundId === null ? null : d.initiativeId,
    d.targetId,
    d.recipientPersonId,
  ].join('|');
}

/**
 * Running the reminder scan by hand: a preview of what a run would do now, or the real
 * thing (the same as the daily job). Both say the day's deliveries as they stand, so that
 * what the preview promises is what the run then reports.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly dispatcher: ReminderDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(dto: RunRemindersDto, actor: Actor): Promise<ReminderRunResult> {
    assertMayDo(actor, 'run-reminders');
    const asOf = dto.asOf ?? this.clock.today();
    const mail = mailModeOf(this.config);
    if (dto.dryRun) return this.preview(asOf, mail);
    const { recorded, queued } = await this.dispatcher.dispatch(asOf);
    return { asOf, dryRun: false, recorded, queued, day: await this.dayCounts(asOf), mail };
  }

  /**
   * What is due on `day`, with the names a person reads and what is already recorded of
   * it, and what a run would do now; nothing is written or queued.
   */
  private async preview(day: string, mail: MailMode): Promise<ReminderPreview> {
    const due = await dueReminders(this.dataSource, day);
    const views = await this.withNames(due, await this.recordedOn(day));
    const fresh = views.filter((view) => view.recorded === null);
    let queueAvailable = true;
    let waiting: number[] = [];
    try {
      waiting = await this.dispatcher.peopleWithUnqueued(day);
    } catch {
      queueAvailable = false;
    }
    return {
      asOf: day,
      dryRun: true,
      due: views,
      toRecord: fresh.length,
      toQueue: new Set([...fresh.map((view) => view.recipientPersonId), ...waiting]).size,
      day: await this.dayCounts(day),
      missingContacts: await this.missingContacts(views),
      mail,
      queueAvailable,
    };
  }

  /** The deliveries recorded on `day`, by what identifies them. */
  private async recordedOn(day: string): Promise<Map<string, DueReminderView['recorded']>> {
    const rows: (DueReminder & { deliveryId: number; status: DeliveryStatus })[] =
      await this.dataSource.query(
        `SELECT d.id::int AS "deliveryId", d.status, d.rule_id AS "ruleId",
                d.milestone_id AS "milestoneId", d.round_id AS "roundId",
                d.initiative_id AS "initiativeId", d.target_id AS "targetId",
                d.recipient_person_id AS "recipientPersonId"
           FROM reminder_deliveries d WHERE d.day = $1`,
        [day],
      );
    return new Map(
      rows.map((row) => [keyOf(row), { deliveryId: row.deliveryId, status: row.status }]),
    );
  }

  private async withNames(
    due: DueReminder[],
    recorded: Map<string, DueReminderView['recorded']>,
  ): Promise<DueReminderView[]> {
    if (!due.length) return [];
    const names: { kind: 'person' | 'milestone' | 'round' | 'target'; id: number; name: string }[] =
      await this.dataSource.query(
        `SELECT 'person' AS kind, id, name FROM people WHERE id = ANY($1)
         UNION ALL
         SELECT 'milestone', id, title FROM milestones WHERE id = ANY($2)
         UNION ALL
         SELECT 'round', id, title FROM reporting_rounds WHERE id = ANY($3)
         UNION ALL
         SELECT 'target', id, title FROM targets WHERE id = ANY($4)`,
        [
          due.map((d) => d.recipientPersonId),
          due.map((d) => d.milestoneId).filter((id) => id !== null),
          due.map((d) => d.roundId).filter((id) => id !== null),
          due.map((d) => d.targetId).filter((id) => id !== null),
        ],
      );
    const name = (kind: string, id: number | null) =>
      id === null ? null : (names.find((n) => n.kind === kind && n.id === id)?.name ?? '');
    return due.map((d) => ({
      ruleId: d.ruleId,
      kind: d.kind,
      milestoneId: d.milestoneId,
      milestoneTitle: name('milestone', d.milestoneId),
      roundId: d.roundId,
      roundTitle: name('round', d.roundId),
      initiativeId: d.initiativeId,
      targetId: d.targetId,
      targetTitle: name('target', d.targetId),
      recipientPersonId: d.recipientPersonId,
      recipientName: name('person', d.recipientPersonId) ?? '',
      recipientRole: d.recipientRole,
      dueDate: d.dueDate,
      daysLate: d.daysLate,
      standsInFor: d.standsInFor,
      recorded: recorded.get(keyOf(d)) ?? null,
    }));
  }

  /** The lead organisations without a contact person that the due reminders would tell, and who stands in. */
  private async missingContacts(views: DueReminderView[]): Promise<MissingContact[]> {
    const standIns = views.filter((view) => view.standsInFor === 'lead_contact');
    if (!standIns.length) return [];
    const leads: {
      initiativeId: number;
      organisationId: number | null;
      organisationName: string | null;
    }[] = await this.dataSource.query(
      // Each lead organisation without an active contact person; null for no lead at all.
      `SELECT i.id AS "initiativeId", o.id AS "organisationId", o.name AS "organisationName"
           FROM initiatives i
           LEFT JOIN initiative_leads l ON l.initiative_id = i.id
           LEFT JOIN organisations o ON o.id = l.organisation_id
           LEFT JOIN people c ON c.id = o.contact_person_id AND c.active
          WHERE i.id = ANY($1) AND c.id IS NULL ORDER BY o.name, i.code`,
      [[...new Set(standIns.map((view) => view.initiativeId))]],
    );
    const missing = new Map<number | null, MissingContact>();
    for (const lead of leads) {
      const entry = missing.get(lead.organisationId) ?? {
        organisationId: lead.organisationId,
        organisationName: lead.organisationName,
        initiativeIds: [],
        standIns: [],
      };
      entry.initiativeIds.push(lead.initiativeId);
      for (const view of standIns.filter((v) => v.initiativeId === lead.initiativeId)) {
        if (!entry.standIns.includes(view.recipientName)) entry.standIns.push(view.recipientName);
      }
      missing.set(lead.organisationId, entry);
    }
    return [...missing.values()];
  }

  /** How many of the day's deliveries stand in each status. */
  private async dayCounts(day: string): Promise<DeliveryCounts> {
    const rows: { status: DeliveryStatus; n: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS n FROM reminder_deliveries WHERE day = $1 GROUP BY status`,
      [day],
    );
    const counts = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, 0])) as DeliveryCounts;
    for (const row of rows) counts[row.status] = row.n;
    return counts;
  }
}
