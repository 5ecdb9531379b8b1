import { Column, Entity, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { VersionedEntity } from '../../core/database/base/versioned.entity';
import { Strategy } from '../strategies/strategy.entity';

@Entity('focus_areas')
export class FocusArea extends VersionedEntity {
  @Column({ type: 'integer' })
  strategyId: number;

  @ManyToOne(() => Strategy)
  @JoinColumn({ name: 'strategy_id' })
  strategy?: Relation<Strategy>;

  /** A single capital letter, unique within the strategy. */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'integer', default: 0 })
  sortOrder: number;
}
