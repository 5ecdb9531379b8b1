import { BadRequestException } from '@nestjs/common';
import type { MilestoneUpdate } from '@pejling/contracts';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../records/audit-trail';
import type { Actor } from '../../records/actor';
import { staleVersion } from '../../records/versioned-write';

const MILESTONE_SQL = `
  SELECT id, initiative_id AS "initiativeId", title, to_char(due_date, 'YYYY-MM-DD') AS "dueDate",
         responsible_person_id AS "responsiblePersonId", status,
         to_char(completed_on, 'YYYY-MM-DD') AS "completedOn", version
    FROM milestones WHERE id = $1`;

/**
 * The milestone changes a status report carries, applied in the report's transaction:
 * each milestone must belong to the report's initiative and still have the version that
 * was read (else 409 with the milestone as it is now), and each change is audited.
 */
export async function applyMilestoneUpdates(
  manager: EntityManager,
  actor: Actor,
  initiativeId: number,
  updates: MilestoneUpdate[],
  today: string,
): Promise<void> {
  for (const [n, update] of updates.entries()) {
    const field = `milestoneUpdates.${n}`;
    const [before] = await manager.query(`${MILESTONE_SQL} FOR UPDATE`, [update.id]);
    if (!before || before.initiativeId !== initiativeId) {
      throw new BadRequestException(
        `${field}.id: milestone ${update.id} is not one of this initiative's`,
      );
    }
    if (before.version !== update.version) {
      throw staleVersion('milestone', update.id, update.version, before);
    }
    const completedOn = update.status === 'done' ? (update.completedOn ?? today) : null;
    if (completedOn !== null && completedOn > today) {
      throw new BadRequestException(`${field}.completedOn: cannot be after today (${today})`);
    }
    await manager.query(
      `UPDATE milestones SET status = $2, completed_on = $3, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [update.id, update.status, completedOn],
    );
    const [after] = await manager.query(MILESTONE_SQL, [update.id]);
    await recordAudit(manager, {
      actor,
      resource: 'milestones',
      recordId: update.id,
      action: 'update',
      before,
      after,
      initiativeId,
    });
  }
}
