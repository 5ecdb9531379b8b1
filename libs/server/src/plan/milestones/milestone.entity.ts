import { Column, Entity, JoinColumn, ManyToOne, Relation } from 'typeorm';
import type { MilestoneStatus } from '@pejling/contracts';
import { VersionedEntity } from '../../core/database/base/versioned.entity';
import { Person } from '../../people/people/person.entity';
import { Initiative } from '../initiatives/initiative.entity';

@Entity('milestones')
export class Milestone extends VersionedEntity {
  @Column({ type: 'integer' })
  initiativeId: number;

  @ManyToOne(() => Initiative)
  @JoinColumn({ name: 'initiative_id' })
  initiative?: Relation<Initiative>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'date' })
  dueDate: string;

  /** The due date it was planned with: set on insert (a trigger), never moved. */
  @Column({ type: 'date', insert: false, update: false })
  originalDueDate: string;

  @Column({ type: 'integer', nullable: true })
  responsiblePersonId: number | null;

  @ManyToOne(() => Person, { nullable: true })
  @JoinColumn({ name: 'responsible_person_id' })
  responsiblePerson?: Relation<Person>;

  @Column({ type: 'text', default: 'planned' })
  status: MilestoneStatus;

  /** Set exactly when the status is `done`. */
  @Column({ type: 'date', nullable: true })
  completedOn: string | null;
}
