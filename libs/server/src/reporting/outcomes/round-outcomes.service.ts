import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  mayWriteAuthored,
  ROUND_OUTCOME_KINDS,
  RoundOutcomeRecord,
  stateRefusal,
} from '@pejling/contracts';
import { recordAudit } from '../../records/audit-trail';
import type { Actor } from '../../records/actor';
import { assertUnchanged, forbidden } from '../../records/access';
import { RecordStore, WriteCheck } from '../../records/record-store';
import { fieldError } from '../../core/http/validation';
import { CreateRoundOutcomeDto, UpdateRoundOutcomeDto } from './round-outcome.dto';
import { RoundOutcomeEntity } from './round-outcome.entity';
import { col, nullable, RECORD_META } from '../../records/columns';

/** The longest milestone title; an action item's text longer than this is shortened. */
const MILESTONE_TITLE_MAX = 500;

/**
 * The steering group's decisions and action items on a round, once the round is open. An
 * action item on an initiative becomes that initiative's milestone, as part of the same
 * write.
 */
@Injectable()
export class RoundOutcomesService extends RecordStore<
  RoundOutcomeRecord,
  RoundOutcomeEntity,
  CreateRoundOutcomeDto,
  UpdateRoundOutcomeDto
> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      entity: RoundOutcomeEntity,
      resource: 'round-outcomes',
      label: 'round outcome',
      initiativeOf: (record) => record.initiativeId,
      read: {
        from: ['round_outcomes', 'o'],
        columns: {
          ...RECORD_META,
          roundId: col.int(),
          kind: col.oneOf(ROUND_OUTCOME_KINDS)(),
          text: col.text(),
          responsiblePersonId: nullable(col.int()),
          dueDate: nullable(col.date()),
          initiativeId: nullable(col.int()),
          milestoneId: nullable(col.int()),
          createdByPersonId: nullable(col.int('o.created_by')),
          roundReviewed: col.bool(
            'EXISTS (SELECT 1 FROM round_reviews rv WHERE rv.round_id = o.round_id)',
          ),
        },
        sortable: ['id', 'kind', 'dueDate', 'roundId'],
        defaultSort: ['id', 'ASC'],
        filters: {
          q: { kind: 'text', columns: ['o.text'] },
          roundId: { kind: 'id', column: 'o.round_id' },
          kind: { kind: 'enum', column: 'o.kind', values: ROUND_OUTCOME_KINDS },
          initiativeId: { kind: 'id', column: 'o.initiative_id' },
          responsiblePersonId: { kind: 'id', column: 'o.responsible_person_id' },
        },
      },
      toColumns: (dto) => ({
        roundId: dto.roundId,
        kind: dto.kind,
        text: dto.text.trim(),
        responsiblePersonId: dto.responsiblePersonId ?? null,
        dueDate: dto.dueDate ?? null,
        initiativeId: dto.initiativeId ?? null,
      }),
    });
  }

  /**
   * An outcome belongs to whoever recorded it: only they or the secretariat change or
   * delete it. It is recorded once its round is open, and is final once the round has been
   * marked reviewed. An action item on an initiative (of the round's strategy) needs a due
   * date, as it becomes a milestone.
   */
  protected override async checkWrite({
    action,
    actor,
    manager,
    before,
    dto,
  }: WriteCheck<RoundOutcomeRecord, CreateRoundOutcomeDto>) {
    if (before && !mayWriteAuthored(actor, 'round-outcomes', action, before)) {
      throw forbidden(
        `round outcome ${before.id} was recorded by someone else: only they or the secretariat may change or delete it`,
      );
    }
    if (before && dto) {
      assertUnchanged(['roundId'], before, dto, 'an outcome stays with its round');
      assertUnchanged(
        ['initiativeId'],
        before,
        dto,
        'the action item has become a milestone of its initiative; change the milestone instead',
      );
    }
    const roundId = dto?.roundId ?? (before as RoundOutcomeRecord).roundId;
    const round = await lockRound(manager, roundId);
    if (!round) throw new BadRequestException(`roundId: no reporting round with id ${roundId}`);
    if (stateRefusal('round-outcomes', action, { roundReviewed: round.reviewed })) {
      throw new ConflictException(
        `reporting round ${roundId} has been marked reviewed: its decisions and action items are final`,
      );
    }
    if (!dto) return;
    if (round.state === 'draft') {
      throw new ConflictException(
        `reporting round ${roundId} is a draft: decisions are recorded once it is open`,
      );
    }
    if (dto.kind === 'decision' && dto.initiativeId != null) {
      throw fieldError('initiativeId', 'only an action item belongs to an initiative');
    }
    if (dto.initiativeId != null && !dto.dueDate) {
      throw fieldError(
        'dueDate',
        'an action item on an initiative needs a due date: it becomes a milestone',
      );
    }
    if (dto.initiativeId != null) {
      const [initiative] = await manager.query(
        'SELECT 1 FROM initiatives WHERE id = $1 AND strategy_id = $2',
        [dto.initiativeId, round.strategyId],
      );
      if (!initiative) {
        throw fieldError(
          'initiativeId',
          `no initiative of the round's strategy with id ${dto.initiativeId}`,
        );
      }
    }
  }

  /**
   * A new outcome records who made it; a new action item on an initiative becomes its
   * milestone, audited as one.
   */
  protected override async afterWrite(
    manager: EntityManager,
    id: number,
    dto: CreateRoundOutcomeDto,
    { action, actor }: { action: 'create' | 'edit'; actor: Actor },
  ) {
    if (action !== 'create') return;
    await manager.query('UPDATE round_outcomes SET created_by = $2 WHERE id = $1', [
      id,
      actor.personId,
    ]);
    if (dto.kind !== 'action' || dto.initiativeId == null) return;
    const [milestone] = await manager.query(
      `INSERT INTO milestones (initiative_id, title, due_date, responsible_person_id)
         VALUES ($1, $2, $3, $4)
         RETURNING id, initiative_id AS "initiativeId", title, to_char(due_date, 'YYYY-MM-DD') AS "dueDate",
                   responsible_person_id AS "responsiblePersonId", status`,
      [
        dto.initiativeId,
        dto.text.trim().slice(0, MILESTONE_TITLE_MAX),
        dto.dueDate,
        dto.responsiblePersonId ?? null,
      ],
    );
    await manager.query('UPDATE round_outcomes SET milestone_id = $2 WHERE id = $1', [
      id,
      milestone.id,
    ]);
    await recordAudit(manager, {
      actor,
      resource: 'milestones',
      recordId: milestone.id,
      action: 'create',
      before: null,
      after: milestone,
      initiativeId: dto.initiativeId,
    });
  }
}

/**
 * An outcome's round, shared-locked until the write commits so that a review waits for it
 * (and it for a review), and whether the round has been reviewed: asked in a statement of
 * its own, which sees a review that committed while the lock was awaited.
 */
async function lockRound(
  manager: EntityManager,
  id: number,
): Promise<{ state: string; strategyId: number; reviewed: boolean } | undefined> {
  const [round] = await manager.query(
    'SELECT state, strategy_id AS "strategyId" FROM reporting_rounds WHERE id = $1 FOR SHARE',
    [id],
  );
  if (!round) return undefined;
  const [{ reviewed }] = await manager.query(
    'SELECT EXISTS (SELECT 1 FROM round_reviews WHERE round_id = $1) AS reviewed',
    [id],
  );
  return { ...round, reviewed };
}
