import { Column, Entity } from 'typeorm';
import type { RoundState } from '@pejling/contracts';
import { VersionedEntity } from '../../core/database/base/versioned.entity';

/** A reporting round; its scope is the link table `reporting_round_initiatives`. */
@Entity('reporting_rounds')
export class ReportingRound extends VersionedEntity {
  @Column({ type: 'integer' })
  strategyId: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'date' })
  meetingDate: string;

  /** The year whose target figures the round asks for; null: none. */
  @Column({ type: 'integer', nullable: true })
  figuresYear: number | null;

  /** Changed only by opening and closing the round. */
  @Column({ type: 'text', default: 'draft' })
  state: RoundState;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The round's report as it was at closing. */
  @Column({ type: 'jsonb', nullable: true, select: false })
  snapshot: unknown;
}
