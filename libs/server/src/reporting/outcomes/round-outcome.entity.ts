import { Column, Entity } from 'typeorm';
import type { RoundOutcomeKind } from '@pejling/contracts';
import { VersionedEntity } from '../../core/database/base/versioned.entity';

/** A decision or action item recorded against a reporting round. */
@Entity('round_outcomes')
export class RoundOutcomeEntity extends VersionedEntity {
  @Column({ type: 'integer' })
  roundId: number;

  @Column({ type: 'text' })
  kind: RoundOutcomeKind;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'integer', nullable: true })
  responsiblePersonId: number | null;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'integer', nullable: true })
  initiativeId: number | null;

  /** The milestone an action item on an initiative became. */
  @Column({ type: 'integer', nullable: true })
  milestoneId: number | null;

  @Column({ type: 'integer', nullable: true, name: 'created_by' })
  createdByPersonId: number | null;
}
