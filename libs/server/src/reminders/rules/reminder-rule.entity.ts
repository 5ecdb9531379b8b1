import { Column, Entity } from 'typeorm';
import type { EscalationTarget, ReminderKind } from '@pejling/contracts';
import { VersionedEntity } from '../../core/database/base/versioned.entity';

@Entity('reminder_rules')
export class ReminderRule extends VersionedEntity {
  @Column({ type: 'text' })
  kind: ReminderKind;

  @Column({ type: 'integer' })
  days: number;

  @Column({ type: 'integer', nullable: true })
  repeatEveryDays: number | null;

  @Column({ type: 'text', nullable: true })
  escalateTo: EscalationTarget | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
