import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  assessSeries,
  type AssessedTargetSeries,
  type SeriesPoint,
  type TargetInitiativeLink,
  type TargetRecord,
  type TargetSeries,
} from '@pejling/contracts';
import { Clock } from '../../core/clock/clock';
import { initiativeCodeOrder } from '../../plan/rules/initiative-order';
import { RecordStore } from '../../records/record-store';
import { CreateTargetDto, UpdateTargetDto } from './target.dto';
import { Target } from './target.entity';
import { col, nullable, RECORD_META } from '../../records/columns';
import { approvedMeasurementSql } from '../rules/measurement-rules';

/**
 * A target's series as a JSON array, numbers as numbers, in their order, each with its
 * national values by year (`points`), and the day to assess them on (`:today`).
 */
const SERIES_JSON = `json_build_object('today', :today::text, 'series', (
  SELECT coalesce(json_agg(json_build_object(
    'key', s.key, 'label', s.label,
    'baselineValue', s.baseline_value, 'baselineYear', s.baseline_year,
    'targetValue', s.target_value, 'targetYear', s.target_year,
    'dataOwnerOrganisationId', s.data_owner_organisation_id,
    'dataOwnerPersonId', s.data_owner_person_id,
    'points', (SELECT coalesce(json_agg(json_build_object('year', m.year, 'value', m.value)
                                        ORDER BY m.year), '[]'::json)
                 FROM measurements m
                WHERE m.series_id = s.id AND m.region IS NULL AND ${approvedMeasurementSql('m')})
  ) ORDER BY s.sort_order, s.id), '[]'::json)
  FROM target_series s WHERE s.target_id = t.id))`;

type SeriesRead = { today: string; series: (TargetSeries & { points: SeriesPoint[] })[] };

/** The series read by SERIES_JSON, each assessed (`assessSeries`) without its points. */
const assessedSeries = (field: string, raw: unknown): AssessedTargetSeries[] => {
  const { today, series } = col.json<SeriesRead>()().decode(raw, field);
  return series.map(({ points, ...rest }) => ({
    ...rest,
    assessment: assessSeries(rest, points, today),
  }));
};

/** The target's links to initiatives, in the order of their codes. */
const LINKS_FROM = `FROM initiative_targets l JOIN initiatives i ON i.id = l.initiative_id
   WHERE l.target_id = t.id`;
const INITIATIVE_ORDER = initiativeCodeOrder();
const INITIATIVE_IDS = `(SELECT coalesce(array_agg(i.id ORDER BY ${INITIATIVE_ORDER}), '{}') ${LINKS_FROM})`;
const INITIATIVE_LINKS = `(
  SELECT coalesce(json_agg(json_build_object(
    'initiativeId', i.id, 'contribution', l.contribution, 'inferred', l.inferred
  ) ORDER BY ${INITIATIVE_ORDER}), '[]'::json) ${LINKS_FROM})`;

@Injectable()
export class TargetsService extends RecordStore<
  TargetRecord,
  Target,
  CreateTargetDto,
  UpdateTargetDto
> {
  constructor(
    dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    super(dataSource, {
      entity: Target,
      resource: 'targets',
      label: 'target',
      read: {
        from: ['targets', 't'],
        columns: {
          ...RECORD_META,
          strategyId: col.int(),
          number: col.int(),
          title: col.text(),
          description: col.text(),
          unit: col.text(),
          byRegion: col.bool(),
          dataOwnerOrganisationId: nullable(col.int()),
          dataOwnerPersonId: nullable(col.int()),
          series: { sql: SERIES_JSON, decode: (raw, field) => assessedSeries(field, raw) },
          // A target of one series is assessed as that series; of several, on each. Read by
          // the same SQL as `series`, so selected once (see ResourceReader).
          assessment: {
            sql: SERIES_JSON,
            decode: (raw, field) => {
              const series = assessedSeries(field, raw);
              return series.length === 1 ? series[0].assessment : null;
            },
          },
          initiativeIds: col.json<number[]>()(INITIATIVE_IDS),
          initiativeLinks: col.json<TargetInitiativeLink[]>()(INITIATIVE_LINKS),
        },
        sortable: ['id', 'number', 'title', 'unit', 'byRegion', 'strategyId'],
        defaultSort: ['number', 'ASC'],
        filters: {
          q: { kind: 'text', columns: ['t.title', 't.description'] },
          strategyId: { kind: 'id', column: 't.strategy_id' },
          byRegion: { kind: 'boolean', column: 't.by_region' },
        },
      },
      toColumns: (dto) => ({
        strategyId: dto.strategyId,
        number: dto.number,
        title: dto.title.trim(),
        description: dto.description ?? '',
        unit: dto.unit ?? '',
        byRegion: dto.byRegion ?? false,
        dataOwnerOrganisationId: dto.dataOwnerOrganisationId ?? null,
        dataOwnerPersonId: dto.dataOwnerPersonId ?? null,
      }),
    });
  }

  /** `:today`: the day the series are assessed on, the clock's. */
  protected override queryParameters() {
    return { today: this.clock.today() };
  }

  protected override async columnsFor(dto: CreateTargetDto, manager: EntityManager) {
    const keys = dto.series.map((s) => s.key);
    const repeated = keys.find((key, i) => keys.indexOf(key) !== i);
    if (repeated) throw new BadRequestException(`series: the key "${repeated}" is used twice`);
    await checkLinks(manager, dto);
    return this.options.toColumns(dto);
  }

  /**
   * The series are part of the target: kept by key, updated in place (so measurements stay
   * attached), added when new, removed when left out. Removing a series that still has
   * measurements is refused by the foreign key (409). The links to initiatives, when given,
   * replace those it had.
   */
  protected override async afterWrite(
    manager: EntityManager,
    targetId: number,
    dto: CreateTargetDto,
  ) {
    await manager.query(
      `DELETE FROM target_series WHERE target_id = $1 AND NOT (key = ANY($2::text[]))`,
      [targetId, dto.series.map((s) => s.key)],
    );
    if (dto.initiativeLinks) await writeLinks(manager, targetId, dto.initiativeLinks);
    for (const [index, s] of dto.series.entries()) {
      await manager.query(
        `INSERT INTO target_series
           (target_id, key, label, sort_order, baseline_value, baseline_year, target_value, target_year,
            data_owner_organisation_id, data_owner_person_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (target_id, key) DO UPDATE SET
           label = EXCLUDED.label, sort_order = EXCLUDED.sort_order,
           baseline_value = EXCLUDED.baseline_value, baseline_year = EXCLUDED.baseline_year,
           target_value = EXCLUDED.target_value, target_year = EXCLUDED.target_year,
           data_owner_organisation_id = EXCLUDED.data_owner_organisation_id,
           data_owner_person_id = EXCLUDED.data_owner_person_id`,
        [
          targetId,
          s.key,
          s.label.trim(),
          index,
          s.baselineValue ?? null,
          s.baselineYear ?? null,
          s.targetValue ?? null,
          s.targetYear ?? null,
          s.dataOwnerOrganisationId ?? null,
          s.dataOwnerPersonId ?? null,
        ],
      );
    }
  }
}

/** Each linked initiative once, and of the target's strategy: else a 400 naming it. */
async function checkLinks(manager: EntityManager, dto: CreateTargetDto): Promise<void> {
  const ids = (dto.initiativeLinks ?? []).map((link) => link.initiativeId);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) {
    throw new BadRequestException(`initiativeLinks: initiative ${twice} is linked twice`);
  }
  if (!ids.length) return;
  // A strategy that does not exist is the foreign key's to name (400 naming strategyId).
  const [strategy] = await manager.query('SELECT 1 FROM strategies WHERE id = $1', [
    dto.strategyId,
  ]);
  if (!strategy) return;
  const found: { id: number }[] = await manager.query(
    'SELECT id FROM initiatives WHERE id = ANY($1::int[]) AND strategy_id = $2',
    [ids, dto.strategyId],
  );
  const foreign = ids.find((id) => !found.some((row) => row.id === id));
  if (foreign !== undefined) {
    throw new BadRequestException(
      `initiativeLinks: initiative ${foreign} is not an initiative of strategy ${dto.strategyId}`,
    );
  }
}

async function writeLinks(
  manager: EntityManager,
  targetId: number,
  links: NonNullable<CreateTargetDto['initiativeLinks']>,
): Promise<void> {
  await manager.query('DELETE FROM initiative_targets WHERE target_id = $1', [targetId]);
  await manager.query(
    `INSERT INTO initiative_targets (target_id, initiative_id, contribution, inferred)
     SELECT $1, link.id, link.contribution, link.inferred
       FROM unnest($2::int[], $3::text[], $4::boolean[]) AS link(id, contribution, inferred)`,
    [
      targetId,
      links.map((link) => link.initiativeId),
      links.map((link) => link.contribution?.trim() ?? ''),
      links.map((link) => link.inferred ?? false),
    ],
  );
}
