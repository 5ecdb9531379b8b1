import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  HEALTHS,
  INITIATIVE_STATUSES,
  InitiativeRecord,
  PROGRESS_METHODS,
} from '@pejling/contracts';
import { RecordStore, WriteCheck } from '../../records/record-store';
import { assertUnchanged, forbidden, keepStored } from '../../records/access';
import { mayChangeInitiative } from '../../records/ownership';
import { transferredOf } from '../../records/transferred';
import type { Actor } from '../../records/actor';
import { CreateInitiativeDto, UpdateInitiativeDto } from './initiative.dto';
import { Initiative } from './initiative.entity';
import { COMPUTED_PROGRESS, MILESTONE_COUNTS, PROGRESS } from '../rules/progress-sql';
import { col, nullable, RECORD_META } from '../../records/columns';
import { Clock } from '../../core/clock/clock';
import { overdueMilestoneSql } from '../rules/milestone-rules';
import { codeFitsFocusArea, overrideLacksReason } from '../rules/initiative-rules';

/** The link tables behind an initiative's lists of ids. */
const LINKS = {
  partnerOrganisationIds: {
    table: 'initiative_partners',
    column: 'organisation_id',
    references: 'organisations',
  },
  responsiblePersonIds: {
    table: 'initiative_responsibles',
    column: 'person_id',
    references: 'people',
  },
} as const;

/** What only the secretariat changes on an initiative. */
const OWNER_LOCKED_FIELDS = [
  'code',
  'focusAreaId',
  'leadOrganisationIds',
  'responsiblePersonIds',
  'progressOverride',
  'progressOverrideReason',
] as const;

@Injectable()
export class InitiativesService extends RecordStore<
  InitiativeRecord,
  Initiative,
  CreateInitiativeDto,
  UpdateInitiativeDto
> {
  constructor(
    dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    super(dataSource, {
      entity: Initiative,
      resource: 'initiatives',
      label: 'initiative',
      initiativeOf: (record) => record.id,
      read: {
        from: ['initiatives', 'i'],
        joins: [[`(${MILESTONE_COUNTS})`, 'ms', 'ms.initiative_id = i.id']],
        columns: {
          ...RECORD_META,
          strategyId: col.int(),
          focusAreaId: col.int(),
          code: col.text(),
          title: col.text(),
          description: col.text(),
          leadOrganisationIds: col.ids(
            `ARRAY(SELECT l.organisation_id FROM initiative_leads l WHERE l.initiative_id = i.id ORDER BY l.position)`,
          ),
          inferredLeadOrganisationIds: col.ids(
            `ARRAY(SELECT l.organisation_id FROM initiative_leads l WHERE l.initiative_id = i.id AND l.inferred ORDER BY l.position)`,
          ),
          startDate: nullable(col.date()),
          endDate: nullable(col.date()),
          status: col.oneOf(INITIATIVE_STATUSES)(),
          health: nullable(col.oneOf(HEALTHS)()),
          progressOverride: nullable(col.int()),
          progressOverrideReason: nullable(col.text()),
          partnerOrganisationIds: col.ids(
            `ARRAY(SELECT ip.organisation_id FROM initiative_partners ip WHERE ip.initiative_id = i.id ORDER BY ip.organisation_id)`,
          ),
          responsiblePersonIds: col.ids(
            `ARRAY(SELECT ir.person_id FROM initiative_responsibles ir WHERE ir.initiative_id = i.id ORDER BY ir.person_id)`,
          ),
          milestonesDone: col.int('coalesce(ms.done, 0)'),
          milestonesCounted: col.int('coalesce(ms.counted, 0)'),
          milestonesOverdue: col.int(
            `(SELECT count(*) FROM milestones m WHERE m.initiative_id = i.id AND ${overdueMilestoneSql(':today')})`,
          ),
          progressComputed: nullable(col.int(COMPUTED_PROGRESS)),
          progress: col.int(PROGRESS),
          progressMethod: col.oneOf(PROGRESS_METHODS)(
            `CASE WHEN i.progress_override IS NOT NULL THEN 'override' WHEN ms.counted > 0 THEN 'milestones' ELSE 'no_milestones' END`,
          ),
        },
        sortable: [
          'id',
          'code',
          'title',
          'status',
          'health',
          'progress',
          'startDate',
          'endDate',
          'focusAreaId',
        ],
        // A.2 before A.10: the letter, then the number.
        sortBy: { code: `split_part(i.code, '.', 1) || lpad(split_part(i.code, '.', 2), 4, '0')` },
        defaultSort: ['code', 'ASC'],
        filters: {
          q: { kind: 'text', columns: ['i.code', 'i.title', 'i.description'] },
          strategyId: { kind: 'id', column: 'i.strategy_id' },
          focusAreaId: { kind: 'id', column: 'i.focus_area_id' },
          leadOrganisationId: {
            kind: 'related',
            where: `EXISTS (SELECT 1 FROM initiative_leads l WHERE l.initiative_id = i.id AND l.organisation_id = ANY(:ids))`,
            none: `NOT EXISTS (SELECT 1 FROM initiative_leads l WHERE l.initiative_id = i.id)`,
          },
          partnerOrganisationId: {
            kind: 'related',
            where: `EXISTS (SELECT 1 FROM initiative_partners ip WHERE ip.initiative_id = i.id AND ip.organisation_id = ANY(:ids))`,
          },
          responsiblePersonId: {
            kind: 'related',
            where: `EXISTS (SELECT 1 FROM initiative_responsibles ir WHERE ir.initiative_id = i.id AND ir.person_id = ANY(:ids))`,
          },
          targetId: {
            kind: 'related',
            where: `EXISTS (SELECT 1 FROM initiative_targets it WHERE it.initiative_id = i.id AND it.target_id = ANY(:ids))`,
          },
          status: { kind: 'enum', column: 'i.status', values: INITIATIVE_STATUSES },
          health: { kind: 'enum', column: 'i.health', values: HEALTHS, none: 'none' },
        },
      },
      toColumns: (dto) => ({
        focusAreaId: dto.focusAreaId,
        code: dto.code,
        title: dto.title.trim(),
        description: dto.description ?? '',
        startDate: dto.startDate ?? null,
        endDate: dto.endDate ?? null,
        status: dto.status ?? 'not_started',
        health: dto.health ?? null,
        progressOverride: dto.progressOverride ?? null,
        progressOverrideReason:
          dto.progressOverride === null || dto.progressOverride === undefined
            ? null
            : dto.progressOverrideReason?.trim() || null,
      }),
    });
  }

  /** `:today`: the day milestones are overdue on, the clock's. */
  protected override queryParameters() {
    return { today: this.clock.today() };
  }

  /**
   * An owner changes only initiatives that are theirs, and not what places or staffs them:
   * code, focus area, lead organisations, responsible people, the progress override.
   */
  protected override async checkWrite({
    action,
    actor,
    manager,
    before,
    dto,
  }: WriteCheck<InitiativeRecord, CreateInitiativeDto>) {
    if (actor.role === 'secretariat' || action !== 'edit' || !before || !dto) return;
    if (!(await mayChangeInitiative(manager, actor, before.id))) {
      throw forbidden(
        `initiative ${before.code} is not one of yours: you may change only those you are responsible for or your organisation leads`,
      );
    }
    assertUnchanged(OWNER_LOCKED_FIELDS, before, dto, 'an initiative owner may not change this');
    keepStored(OWNER_LOCKED_FIELDS, before, dto);
  }

  /** The strategy comes from the focus area, and the code must carry the area's letter. */
  protected override async columnsFor(dto: CreateInitiativeDto, manager: EntityManager) {
    const area: { strategy_id: number; code: string }[] = await manager.query(
      'SELECT strategy_id, code FROM focus_areas WHERE id = $1',
      [dto.focusAreaId],
    );
    if (!area.length) {
      throw new BadRequestException(`focusAreaId: no focus area with id ${dto.focusAreaId}`);
    }
    if (!codeFitsFocusArea(dto.code, area[0].code)) {
      throw new BadRequestException(
        `code: must start with the focus area's letter, as in ${area[0].code}.1`,
      );
    }
    if (overrideLacksReason(dto.progressOverride, dto.progressOverrideReason)) {
      throw new BadRequestException('progressOverrideReason: a progress override needs a reason');
    }
    return { ...this.options.toColumns(dto), strategyId: area[0].strategy_id };
  }

  /** Leads, partners and responsible people are replaced as a whole, like the rest of the record. */
  protected override async afterWrite(
    manager: EntityManager,
    id: number,
    dto: CreateInitiativeDto,
    { actor }: { actor: Actor },
  ) {
    const inferred = transferredOf<TransferredInitiative>(dto, actor)?.inferredLeadOrganisationIds;
    await this.replaceLeads(manager, id, dto.leadOrganisationIds, inferred);
    await this.replaceLinks(manager, 'partnerOrganisationIds', id, dto.partnerOrganisationIds);
    await this.replaceLinks(manager, 'responsiblePersonIds', id, dto.responsiblePersonIds);
  }

  /**
   * The leads in the order given. A lead that stays keeps its inferred mark; one the
   * secretariat adds is its decision, not an inference. A workbook says which are inferred
   * (`inferredIds`).
   */
  private async replaceLeads(
    manager: EntityManager,
    initiativeId: number,
    ids: number[] | null | undefined,
    inferredIds?: number[],
  ) {
    if (ids === undefined) return;
    ids ??= [];
    // TypeORM answers a DELETE as [rows, affected count], even with RETURNING.
    const [before]: [{ organisation_id: number; inferred: boolean }[], number] =
      await manager.query(
        'DELETE FROM initiative_leads WHERE initiative_id = $1 RETURNING organisation_id, inferred',
        [initiativeId],
      );
    if (!ids.length) return;
    const inferred =
      inferredIds ?? before.filter((lead) => lead.inferred).map((lead) => lead.organisation_id);
    await this.assertExist(manager, 'leadOrganisationIds', 'organisations', ids);
    await manager.query(
      `INSERT INTO initiative_leads (initiative_id, organisation_id, position, inferred)
       SELECT $1, o.id, o.position - 1, o.id = ANY($3::int[])
         FROM unnest($2::int[]) WITH ORDINALITY AS o(id, position)`,
      [initiativeId, ids, inferred],
    );
  }

  /** Checked before linking so that the 400 names the list, not the link table's column. */
  private async assertExist(
    manager: EntityManager,
    field: string,
    references: string,
    ids: number[],
  ) {
    const [{ missing }]: { missing: number[] | null }[] = await manager.query(
      `SELECT array_agg(x ORDER BY x) AS missing FROM unnest($1::int[]) x
        WHERE NOT EXISTS (SELECT 1 FROM ${references} r WHERE r.id = x)`,
      [ids],
    );
    if (missing) {
      throw new BadRequestException(`${field}: no ${references} with id ${missing.join(', ')}`);
    }
  }

  private async replaceLinks(
    manager: EntityManager,
    field: keyof typeof LINKS,
    initiativeId: number,
    ids: number[] | null | undefined,
  ) {
    // Left out: the links stay. null (a cleared input): there are none.
    if (ids === undefined) return;
    ids ??= [];
    const { table, column, references } = LINKS[field];
    await manager.query(`DELETE FROM ${table} WHERE initiative_id = $1`, [initiativeId]);
    if (!ids.length) return;
    await this.assertExist(manager, field, references, ids);
    await manager.query(
      `INSERT INTO ${table} (initiative_id, ${column}) SELECT $1, unnest($2::int[])`,
      [initiativeId, ids],
    );
  }
}

/** What an initiative brought in from a workbook carries beyond its body. */
export interface TransferredInitiative {
  inferredLeadOrganisationIds: number[];
}
