import { Injectable } from '@nestjs/common';
import type { DueReminderView, ReminderRunResult } from '@pejling/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../records/actor';
import { assertMayDo } from '../records/access';
import { Clock } from '../core/clock/clock';
import { ReminderDispatcher } from './reminder-dispatcher';
import { dueReminders } from './reminder-scan';
import type { RunRemindersDto } from './reminder-run.dto';

/** Running the reminder scan by hand: a preview, or the real thing (the same as the daily job). */
@Injectable()
export class RemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly dispatcher: ReminderDispatcher,
  ) {}

  async run(dto: RunRemindersDto, actor: Actor): Promise<ReminderRunResult> {
    assertMayDo(actor, 'run-reminders');
    const asOf = dto.asOf ?? this.clock.today();
    if (dto.dryRun) return { asOf, dryRun: true, due: await this.preview(asOf) };
    const { recorded, queued } = await this.dispatcher.dispatch(asOf);
    return { asOf, dryRun: false, recorded, queued };
  }

  /** What is due on `day`, with the names a person reads; nothing is written. */
  private async preview(day: string): Promise<DueReminderView[]> {
    const due = await dueReminders(this.dataSource, day);
    if (!due.length) return [];
    const names: { kind: 'person' | 'milestone' | 'round'; id: number; name: string }[] =
      await this.dataSource.query(
        `SELECT 'person' AS kind, id, name FROM people WHERE id = ANY($1)
         UNION ALL
         SELECT 'milestone', id, title FROM milestones WHERE id = ANY($2)
         UNION ALL
         SELECT 'round', id, title FROM reporting_rounds WHERE id = ANY($3)`,
        [
          due.map((d) => d.recipientPersonId),
          due.map((d) => d.milestoneId).filter((id) => id !== null),
          due.map((d) => d.roundId).filter((id) => id !== null),
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
      recipientPersonId: d.recipientPersonId,
      recipientName: name('person', d.recipientPersonId) ?? '',
      recipientRole: d.recipientRole,
      dueDate: d.dueDate,
      daysLate: d.daysLate,
    }));
  }
}
