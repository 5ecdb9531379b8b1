import { Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, Relation } from 'typeorm';
import type { Health, InitiativeStatus } from '@pejling/contracts';
import { VersionedEntity } from '../../core/database/base/versioned.entity';
import { Organisation } from '../../people/organisations/organisation.entity';
import { Person } from '../../people/people/person.entity';
import { FocusArea } from '../focus-areas/focus-area.entity';

@Entity('initiatives')
export class Initiative extends VersionedEntity {
  /** Kept beside the focus area so that codes are unique per strategy. */
  @Column({ type: 'integer' })
  strategyId: number;

  @Column({ type: 'integer' })
  focusAreaId: number;

  @ManyToOne(() => FocusArea)
  @JoinColumn({ name: 'focus_area_id' })
  focusArea?: Relation<FocusArea>;

  /** `A.1` … : the focus area's letter and a number. */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @ManyToMany(() => Organisation)
  @JoinTable({
    name: 'initiative_partners',
    joinColumn: { name: 'initiative_id' },
    inverseJoinColumn: { name: 'organisation_id' },
  })
  partnerOrganisations?: Relation<Organisation[]>;

  @ManyToMany(() => Person)
  @JoinTable({
    name: 'initiative_responsibles',
    joinColumn: { name: 'initiative_id' },
    inverseJoinColumn: { name: 'person_id' },
  })
  responsiblePeople?: Relation<Person[]>;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'text', default: 'not_started' })
  status: InitiativeStatus;

  @Column({ type: 'text', nullable: true })
  health: Health | null;

  /** Set by the secretariat to replace the progress computed from milestones. */
  @Column({ type: 'integer', nullable: true })
  progressOverride: number | null;

  @Column({ type: 'text', nullable: true })
  progressOverrideReason: string | null;
}
