import { Column, Entity, JoinColumn, ManyToOne, Relation } from 'typeorm';
import type { MeasurementState, Region } from '@pejling/contracts';
import { VersionedEntity } from '../../core/database/base/versioned.entity';
import { TargetSeries } from '../targets/target-series.entity';

/** A target series' value for a year, nationally or for one region. */
@Entity('measurements')
export class Measurement extends VersionedEntity {
  @Column({ type: 'integer' })
  seriesId: number;

  @ManyToOne(() => TargetSeries)
  @JoinColumn({ name: 'series_id' })
  series?: Relation<TargetSeries>;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'text', nullable: true })
  region: Region | null;

  @Column({ type: 'numeric' })
  value: string;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'text', default: 'approved' })
  state: MeasurementState;

  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Column({ type: 'integer', nullable: true })
  proposedByPersonId: number | null;
}
