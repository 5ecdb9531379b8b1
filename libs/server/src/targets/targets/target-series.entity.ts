import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Target } from './target.entity';

/**
 * One measured line of a target: most have one (`main`); target 5 has `gold` and
 * `silver`. Edited as part of its target, so it has no version of its own.
 */
@Entity('target_series')
export class TargetSeries {
  @PrimaryGeneratedColumn({ type: 'integer', generatedIdentity: 'ALWAYS' } as never)
  id: number;

  @Column({ type: 'integer' })
  targetId: number;

  @ManyToOne(() => Target, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id' })
  target?: Relation<Target>;

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'integer', default: 0 })
  sortOrder: number;

  @Column({ type: 'numeric', nullable: true })
  baselineValue: string | null;

  @Column({ type: 'integer', nullable: true })
  baselineYear: number | null;

  @Column({ type: 'numeric', nullable: true })
  targetValue: string | null;

  @Column({ type: 'integer', nullable: true })
  targetYear: number | null;
}
