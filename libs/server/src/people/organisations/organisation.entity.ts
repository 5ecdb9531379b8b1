import { Column, Entity } from 'typeorm';
import type { OrganisationKind, Region } from '@pejling/contracts';
import { VersionedEntity } from '../../core/database/base/versioned.entity';

@Entity('organisations')
export class Organisation extends VersionedEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', unique: true })
  shortName: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  @Column({ type: 'text', nullable: true })
  region: Region | null;

  /** Whom escalations of the organisation's overdue milestones go to. */
  @Column({ type: 'integer', nullable: true })
  contactPersonId: number | null;
}
