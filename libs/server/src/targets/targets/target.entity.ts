import { Column, Entity, JoinColumn, ManyToOne, OneToMany, Relation } from 'typeorm';
import { VersionedEntity } from '../../core/database/base/versioned.entity';
import { Strategy } from '../../plan/strategies/strategy.entity';
import { TargetSeries } from './target-series.entity';

/** A headline target (pejlemærke) of a strategy. */
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

  @OneToMany(() => TargetSeries, (series) => series.target)
  series?: Relation<TargetSeries[]>;
}
