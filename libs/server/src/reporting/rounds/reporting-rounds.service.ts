import { BadRequestException, ConflictException, Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  ReportingRoundRecord,
  ROUND_STATES,
  RoundCompletionRow,
  RoundFigureRow,
  RoundReminded,
  RoundReport,
  stateRefusal,
} from '@pejling/contracts';
import type { Actor } from '../../records/actor';
import { assertMayDo, assertUnchanged, keepStored } from '../../records/access';
import { Clock } from '../../core/clock/clock';
import type { AppConfig } from '../../core/config/config';
import { APP_CONFIG } from '../../core/config/config.module';
import { mailModeOf } from '../../core/mail/mailer';
import { ReminderDispatcher } from '../../reminders/reminder-dispatcher';
import { RecordStore, WriteCheck } from '../../records/record-store';
import { draftReaderOf } from '../../records/draft-reports';
import { lockRow, notFound } from '../../records/versioned-write';
import { CreateReportingRoundDto, UpdateReportingRoundDto } from './reporting-round.dto';
import { ReportingRound } from './reporting-round.entity';
import { roundCompletion } from './round-completion';
import { roundFigures } from './round-figures';
import { withReportFiles } from './report-files';
import { compileRoundReport, roundOutcomes } from './round-report';
import { col, nullable, RECORD_META } from '../../records/columns';

/** Whether an initiative in the round's scope (`ri`) has a report for it in `state`. */
const hasReport = (state: string) =>
  `EXISTS (SELECT 1 FROM status_reports sr
            WHERE sr.round_id = rr.id AND sr.initiative_id = ri.initiative_id AND sr.state = '${state}')`;

/** How many initiatives in scope meet `condition`. */
const countInScope = (condition: string) =>
  `(SELECT count(*)::int FROM reporting_round_initiatives ri WHERE ri.round_id = rr.id AND ${condition})`;

/**
 * Reporting rounds: the secretariat prepares a round (title, dates, the initiatives in
 * scope), opens it, and closes it, which freezes the round's report. A closed round does
 * not change; only a draft can be deleted.
 */
@Injectable()
export class ReportingRoundsService extends RecordStore<
  ReportingRoundRecord,
  ReportingRound,
  CreateReportingRoundDto,
  UpdateReportingRoundDto
> {
  private readonly logger = new Logger('ReportingRounds');

  constructor(
    dataSource: DataSource,
    private readonly clock: Clock,
    private readonly dispatcher: ReminderDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(dataSource, {
      entity: ReportingRound,
      resource: 'reporting-rounds',
      label: 'reporting round',
      read: {
        from: ['reporting_rounds', 'rr'],
        columns: {
          ...RECORD_META,
          strategyId: col.int(),
          title: col.text(),
          dueDate: col.date(),
          meetingDate: col.date(),
          state: col.oneOf(ROUND_STATES)(),
          openedAt: nullable(col.instant()),
          closedAt: nullable(col.instant()),
          initiativeIds: col.ids(
            `ARRAY(SELECT ri.initiative_id FROM reporting_round_initiatives ri WHERE ri.round_id = rr.id ORDER BY ri.initiative_id)`,
          ),
          figuresYear: nullable(col.int()),
          submitted: col.int(countInScope(hasReport('submitted'))),
          drafts: col.int(countInScope(`NOT ${hasReport('submitted')} AND ${hasReport('draft')}`)),
          missing: col.int(
            countInScope(`NOT ${hasReport('submitted')} AND NOT ${hasReport('draft')}`),
          ),
          reviewedBy: col.json<ReportingRoundRecord['reviewedBy']>()(
            `coalesce((SELECT json_agg(json_build_object('personId', p.id, 'name', p.name, 'at', rv.reviewed_at) ORDER BY rv.reviewed_at)
                         FROM round_reviews rv JOIN people p ON p.id = rv.person_id
                        WHERE rv.round_id = rr.id), '[]'::json)`,
          ),
        },
        sortable: ['id', 'title', 'dueDate', 'meetingDate', 'state'],
        defaultSort: ['meetingDate', 'DESC'],
        filters: {
          q: { kind: 'text', columns: ['rr.title'] },
          strategyId: { kind: 'id', column: 'rr.strategy_id' },
          state: { kind: 'enum', column: 'rr.state', values: ROUND_STATES },
          initiativeId: {
            kind: 'related',
            where: `EXISTS (SELECT 1 FROM reporting_round_initiatives ri WHERE ri.round_id = rr.id AND ri.initiative_id = ANY(:ids))`,
          },
        },
      },
      toColumns: (dto) => ({
        strategyId: dto.strategyId,
        title: dto.title.trim(),
        dueDate: dto.dueDate,
        meetingDate: dto.meetingDate,
        figuresYear: dto.figuresYear ?? null,
      }),
    });
  }

  /**
   * A draft may change in every way; an open round keeps its strategy and what it asks for
   * (its initiatives and figures); a closed one nothing.
   */
  protected override async checkWrite({
    action,
    before,
    dto,
  }: WriteCheck<ReportingRoundRecord, CreateReportingRoundDto>) {
    if (!before) return;
    const refusal = stateRefusal('reporting-rounds', action, before);
    if (refusal === 'round_closed') {
      throw new ConflictException(`reporting round ${before.id} is closed and cannot be changed`);
    }
    if (refusal === 'round_not_draft') {
      throw new ConflictException(
        `reporting round ${before.id} is open: only a draft can be deleted; close it instead`,
      );
    }
    if (dto) {
      assertUnchanged(['strategyId'], before, dto, 'a round stays with its strategy');
      if (before.state === 'open') {
        // Left out of the body, the figures asked for stay as they are.
        keepStored(['figuresYear'], before, dto);
        assertUnchanged(
          ['initiativeIds', 'figuresYear'],
          before,
          dto,
          'the scope is fixed once the round is open',
        );
      }
    }
  }

  /** The scope: the initiatives given, or the strategy's that are still under way. */
  protected override async afterWrite(
    manager: EntityManager,
    id: number,
    dto: CreateReportingRoundDto,
  ) {
    const [round] = await manager.query(
      'SELECT strategy_id AS "strategyId", state FROM reporting_rounds WHERE id = $1',
      [id],
    );
    if (round.state !== 'draft') return;
    let ids = dto.initiativeIds;
    if (ids === undefined) {
      const [existing] = await manager.query(
        'SELECT 1 FROM reporting_round_initiatives WHERE round_id = $1 LIMIT 1',
        [id],
      );
      // An update that leaves the scope out keeps it.
      if (existing) return;
      const rows: { id: number }[] = await manager.query(
        `SELECT id FROM initiatives WHERE strategy_id = $1 AND status NOT IN ('completed', 'cancelled')`,
        [round.strategyId],
      );
      ids = rows.map((row) => row.id);
    }
    const [{ foreign }]: { foreign: number[] | null }[] = await manager.query(
      `SELECT array_agg(x ORDER BY x) AS foreign FROM unnest($1::int[]) x
        WHERE NOT EXISTS (SELECT 1 FROM initiatives i WHERE i.id = x AND i.strategy_id = $2)`,
      [ids, round.strategyId],
    );
    if (foreign) {
      throw new BadRequestException(
        `initiativeIds: no initiative of the round's strategy with id ${foreign.join(', ')}`,
      );
    }
    await manager.query('DELETE FROM reporting_round_initiatives WHERE round_id = $1', [id]);
    await manager.query(
      'INSERT INTO reporting_round_initiatives (round_id, initiative_id) SELECT $1, unnest($2::int[])',
      [id, ids],
    );
  }

  /**
   * Opens a draft for reports, and sends the requests of the day it opens (the
   * `round_request` rules) at once. The round is open even if Redis is away: the requests
   * are then recorded as pending, and the next scan of the day queues them.
   */
  async open(id: number, actor: Actor): Promise<ReportingRoundRecord> {
    const today = this.clock.today();
    const round = await this.changeState(id, actor, 'draft', async (manager, before) => {
      if (!before.initiativeIds.length) {
        throw new ConflictException(`reporting round ${id} has no initiatives to ask`);
      }
      await manager.query(
        `UPDATE reporting_rounds
            SET state = 'open', opened_at = pejling_now(), opened_on = $2, version = version + 1, updated_at = pejling_now()
          WHERE id = $1`,
        [id, today],
      );
    });
    await this.dispatcher.dispatch(today).catch((error: Error) => {
      this.logger.warn(
        `round ${id} is open, but its requests wait for the next scan: ${error.message}`,
      );
    });
    return round;
  }

  /**
   * Asks the owners of the open round's initiatives that have not submitted a report for
   * it now, besides the rules' days (once a day at most, like every reminder).
   */
  async remind(id: number, actor: Actor): Promise<RoundReminded> {
    assertMayDo(actor, 'run-rounds');
    const round = await this.get(id, actor);
    if (round.state !== 'open') {
      throw new ConflictException(
        `reporting round ${id} is ${round.state}: only an open round asks for reports`,
      );
    }
    const { recorded, queued } = await this.dispatcher.dispatch(this.clock.today(), {
      remindRound: id,
    });
    return { recorded, queued: queued.length, mail: mailModeOf(this.config) };
  }

  /** Closes an open round and freezes its report as it is now, the round closed. */
  close(id: number, actor: Actor): Promise<ReportingRoundRecord> {
    return this.changeState(id, actor, 'open', async (manager) => {
      const report = await compileRoundReport(manager, id, this.clock.today());
      // The story's time at the transaction's start, the same in the UPDATE below.
      const [{ now }]: { now: Date }[] = await manager.query('SELECT pejling_now() AS now');
      const frozen: RoundReport = {
        ...report,
        round: { ...report.round, state: 'closed', closedAt: now.toISOString() },
        outcomes: [],
      };
      await manager.query(
        `UPDATE reporting_rounds SET state = 'closed', closed_at = pejling_now(), snapshot = $2,
                version = version + 1, updated_at = pejling_now()
          WHERE id = $1`,
        [id, JSON.stringify(frozen)],
      );
    });
  }

  /** The completion board: per initiative in scope, submitted, draft or missing. */
  async completion(id: number, actor: Actor): Promise<RoundCompletionRow[]> {
    await this.get(id, actor);
    return roundCompletion(
      this.dataSource,
      id,
      await draftReaderOf(this.dataSource.manager, actor),
    );
  }

  /** The figures the round asks for, as the actor sees them: where each stands. */
  async figures(id: number, actor: Actor): Promise<RoundFigureRow[]> {
    await this.get(id, actor);
    return roundFigures(this.dataSource, id, actor);
  }

  /**
   * The round's report: the snapshot taken at closing, or, while it is open, the plan as
   * it stands today. The outcomes, and the files of its status reports, are always the
   * current ones.
   */
  async report(id: number, actor: Actor): Promise<RoundReport> {
    const round = await this.get(id, actor);
    if (round.state !== 'closed') {
      const report = await compileRoundReport(this.dataSource, id, this.clock.today());
      return withReportFiles(this.dataSource, report);
    }
    const [{ snapshot }] = await this.dataSource.query(
      'SELECT snapshot FROM reporting_rounds WHERE id = $1',
      [id],
    );
    const outcomes = await roundOutcomes(this.dataSource, id);
    return withReportFiles(this.dataSource, { ...snapshot, frozen: true, outcomes });
  }

  /**
   * A steering-group member marks a closed round reviewed (once; again changes nothing).
   * The round's row is locked, so that a review waits for a change to its outcomes in
   * progress, which would otherwise slip in after the round is final.
   */
  async review(id: number, actor: Actor): Promise<ReportingRoundRecord> {
    assertMayDo(actor, 'review-rounds');
    return this.dataSource.transaction(async (manager) => {
      await lockRow(manager, 'reporting_rounds', id);
      const round = await this.find(id, manager);
      if (round.state !== 'closed') {
        throw new ConflictException(
          `reporting round ${id} is ${round.state}: a round is reviewed once it is closed`,
        );
      }
      await manager.query(
        `INSERT INTO round_reviews (round_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [id, actor.personId],
      );
      return this.find(id, manager);
    });
  }

  /** A change of state, from `from` only, recorded in the audit trail like any update. */
  private async changeState(
    id: number,
    actor: Actor,
    from: 'draft' | 'open',
    change: (manager: EntityManager, before: ReportingRoundRecord) => Promise<void>,
  ): Promise<ReportingRoundRecord> {
    assertMayDo(actor, 'run-rounds');
    return this.dataSource.transaction(async (manager) => {
      if ((await lockRow(manager, 'reporting_rounds', id)) === undefined) {
        throw notFound('reporting round', id);
      }
      const before = await this.find(id, manager);
      if (before.state !== from) {
        throw new ConflictException(
          `reporting round ${id} is ${before.state}; only ${from === 'draft' ? 'a draft can be opened' : 'an open round can be closed'}`,
        );
      }
      await change(manager, before);
      const after = await this.find(id, manager);
      await this.audit(manager, actor, 'update', before, after);
      return after;
    });
  }
}
