import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MEASUREMENT_STATES, MeasurementRecord, REGIONS } from '@pejling/contracts';
import type { Actor } from '../../records/actor';
import { assertMayDo, forbidden } from '../../records/access';
import { ReadScope, RecordStore, WriteCheck } from '../../records/record-store';
import { CreateMeasurementDto, UpdateMeasurementDto } from './measurement.dto';
import { Measurement } from './measurement.entity';
import { col, nullable, RECORD_META } from '../../records/columns';
import { isDataOwnerSql } from '../../records/data-ownership';
import { transferredOf } from '../../records/transferred';
import { measurementMisfit } from '../rules/measurement-rules';

/** The series a measurement's target and key name, with what bounds its figures. */
interface SeriesFacts {
  id: number;
  byRegion: boolean;
  baselineYear: number | null;
  targetYear: number | null;
}

/** A figure's approval as a workbook brings it. */
export type TransferredMeasurement = Pick<
  MeasurementRecord,
  'state' | 'returnReason' | 'proposedByPersonId'
>;

/** The state a write leaves the figure in, set by the server whatever the body says. */
type Stated = CreateMeasurementDto & {
  state?: MeasurementRecord['state'];
  returnReason?: string | null;
  proposedByPersonId?: number | null;
};

/**
 * A target's figures. The data owner's people propose them (with a source); the secretariat
 * approves or returns them, or enters an approved value itself. A proposed or returned figure
 * is read only by the secretariat and the data owner; once approved, it is the secretariat's
 * alone to change.
 */
@Injectable()
export class MeasurementsService extends RecordStore<
  MeasurementRecord,
  Measurement,
  CreateMeasurementDto,
  UpdateMeasurementDto
> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      entity: Measurement,
      resource: 'measurements',
      label: 'measurement',
      read: {
        from: ['measurements', 'x'],
        // Each figure has its series, each series its target.
        joins: [
          ['target_series', 's', 's.id = x.series_id'],
          ['targets', 't', 't.id = s.target_id'],
        ],
        columns: {
          ...RECORD_META,
          year: col.int(),
          region: nullable(col.oneOf(REGIONS)()),
          value: col.number(),
          source: nullable(col.text()),
          targetId: col.int('s.target_id'),
          seriesKey: col.text('s.key'),
          state: col.oneOf(MEASUREMENT_STATES)(),
          returnReason: nullable(col.text()),
          proposedByPersonId: nullable(col.int()),
        },
        sortable: ['id', 'year', 'value', 'region', 'targetId', 'seriesKey', 'state'],
        defaultSort: ['year', 'ASC'],
        filters: {
          q: { kind: 'text', columns: ['x.source'] },
          targetId: { kind: 'id', column: 's.target_id' },
          seriesKey: { kind: 'string', column: 's.key' },
          year: { kind: 'integer', column: 'x.year' },
          region: { kind: 'enum', column: 'x.region', values: REGIONS },
          state: { kind: 'enum', column: 'x.state', values: MEASUREMENT_STATES },
        },
      },
      toColumns: (dto: Stated) => ({
        year: dto.year,
        region: dto.region ?? null,
        value: String(dto.value),
        source: dto.source.trim(),
        state: dto.state,
        returnReason: dto.returnReason ?? null,
        proposedByPersonId: dto.proposedByPersonId ?? null,
      }),
    });
  }

  /** A figure not yet approved is work in progress: the secretariat's and the data owner's. */
  protected override async readScope(actor: Actor): Promise<ReadScope | undefined> {
    if (actor.role === 'secretariat') return undefined;
    return {
      where: `x.state = 'approved' OR ${isDataOwnerSql(':personId::int', ':role::text', ':organisationId::int')}`,
      parameters: {
        personId: actor.personId,
        role: actor.role,
        organisationId: actor.organisationId,
      },
      refusal: 'it awaits approval, and only the secretariat and the data owner read it',
    };
  }

  /**
   * The secretariat writes any figure, and one it enters is approved. The data owner's
   * people propose figures for their series and change them until they are approved; a
   * change makes a returned figure proposed again.
   */
  protected override async checkWrite({
    actor,
    manager,
    before,
    dto,
  }: WriteCheck<MeasurementRecord, CreateMeasurementDto>) {
    const stated = dto as Stated | undefined;
    if (actor.role === 'secretariat') {
      if (stated) {
        // A workbook brings the figure's state with it; otherwise the secretariat's is approved.
        const kept = transferredOf<TransferredMeasurement>(dto, actor) ?? before;
        stated.state = kept?.state ?? 'approved';
        stated.returnReason = kept?.returnReason ?? null;
        stated.proposedByPersonId = kept?.proposedByPersonId ?? null;
      }
      return;
    }
    if (before) {
      if (before.state === 'approved') {
        throw forbidden(
          `measurement ${before.id} is approved: only the secretariat changes or deletes it`,
        );
      }
      await this.assertDataOwner(manager, actor, before.targetId, before.seriesKey);
    }
    if (stated) {
      const moved = stated.targetId !== before?.targetId || stated.seriesKey !== before.seriesKey;
      if (moved) await this.assertDataOwner(manager, actor, stated.targetId, stated.seriesKey);
      stated.state = 'proposed';
      stated.returnReason = null;
      stated.proposedByPersonId = actor.personId;
    }
  }

  private async assertDataOwner(
    manager: EntityManager,
    actor: Actor,
    targetId: number,
    seriesKey: string,
  ) {
    const [series]: { dataOwner: boolean | null }[] = await manager.query(
      `SELECT ${isDataOwnerSql('$3::int', '$4::text', '$5::int')} AS "dataOwner"
         FROM target_series s JOIN targets t ON t.id = s.target_id
        WHERE s.target_id = $1 AND s.key = $2`,
      [targetId, seriesKey, actor.personId, actor.role, actor.organisationId],
    );
    // A series that does not exist is columnsFor's to name (400).
    if (series && series.dataOwner !== true) {
      throw forbidden(
        `target ${targetId}'s figures are proposed by its data owner, and you do not speak for it`,
      );
    }
  }

  /**
   * A measurement belongs to a series, named by its target and key, and lies within the
   * series' years; a region only on a target broken down by region.
   */
  protected override async columnsFor(dto: CreateMeasurementDto, manager: EntityManager) {
    const series = await seriesOf(manager, dto.targetId, dto.seriesKey);
    if (!series) {
      const target = await manager.query('SELECT 1 FROM targets WHERE id = $1', [dto.targetId]);
      throw new BadRequestException(
        target.length
          ? `seriesKey: target ${dto.targetId} has no series "${dto.seriesKey}"`
          : `targetId: no target with id ${dto.targetId}`,
      );
    }
    const misfit = measurementMisfit(dto, series);
    if (misfit === 'region') {
      throw new BadRequestException(
        `region: target ${dto.targetId} is not broken down by region; leave region out`,
      );
    }
    if (misfit === 'before_baseline') {
      throw new BadRequestException(
        `year: ${dto.year} is before the series' baseline year ${series.baselineYear}`,
      );
    }
    if (misfit === 'after_target') {
      throw new BadRequestException(
        `year: ${dto.year} is after the series' target year ${series.targetYear}`,
      );
    }
    return { ...this.options.toColumns(dto), seriesId: series.id };
  }

  /** The secretariat approves a proposed figure, read at `version`: from now on it counts. */
  approve(id: number, version: number, actor: Actor): Promise<MeasurementRecord> {
    assertMayDo(actor, 'approve-measurements');
    return this.decide(id, version, actor, { state: 'approved', returnReason: null });
  }

  /** The secretariat returns a proposed figure, read at `version`, with its reason. */
  returnToOwner(
    id: number,
    version: number,
    reason: string,
    actor: Actor,
  ): Promise<MeasurementRecord> {
    assertMayDo(actor, 'approve-measurements');
    return this.decide(id, version, actor, { state: 'returned', returnReason: reason.trim() });
  }

  private decide(
    id: number,
    version: number,
    actor: Actor,
    columns: Pick<Measurement, 'state' | 'returnReason'>,
  ): Promise<MeasurementRecord> {
    return this.changeBy(
      id,
      actor,
      async (_manager, before) => {
        if (before.state !== 'proposed') {
          throw new ConflictException(
            `measurement ${id} is ${before.state}: only a proposed figure is approved or returned`,
          );
        }
        return columns;
      },
      version,
    );
  }
}

async function seriesOf(
  manager: EntityManager,
  targetId: number,
  key: string,
): Promise<SeriesFacts | undefined> {
  const [series]: SeriesFacts[] = await manager.query(
    `SELECT s.id, t.by_region AS "byRegion", s.baseline_year AS "baselineYear",
            s.target_year AS "targetYear"
       FROM target_series s JOIN targets t ON t.id = s.target_id
      WHERE s.target_id = $1 AND s.key = $2`,
    [targetId, key],
  );
  return series;
}
