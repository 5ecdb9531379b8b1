import { Column, Entity, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { VersionedEntity } from '../../core/database/base/versioned.entity';
import { Strategy } from '../../plan/strategies/strategy.entity';

/** A headline target (pejlemærke) of a strategy; its series (`TargetSeries`) point to it. */
@Entity('targets')
export class Target extends VersionedEntity {
  @Column({ type: 'integer' })
  strategyId: number;

  @ManyToOne(() => Strategy)
  @JoinColumn({ name: 'strategy_id' })
  strategy?: Relation<Strategy>;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: '' })
  unit: string;

  /** Measured per region (target 2: the regional spread). */
  @Column({ type: 'boolean', default: false })
  byRegion: boolean;

  /** Who reports its figures (a series may name its own). */
  @Column({ type: 'integer', nullable: true })
  dataOwnerOrganisationId: number | null;

  @Column({ type: 'integer', nullable: true })
  dataOwnerPersonId: number | null;
}
