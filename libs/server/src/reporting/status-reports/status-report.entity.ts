import { Column, Entity, JoinColumn, ManyToOne, Relation } from 'typeorm';
import type { Health, StatusReportState } from '@pejling/contracts';
import { VersionedEntity } from '../../core/database/base/versioned.entity';
import { Initiative } from '../../plan/initiatives/initiative.entity';
import { Person } from '../../people/people/person.entity';

/** An owner's dated report on an initiative; immutable once submitted. */
@Entity('status_reports')
export class StatusReport extends VersionedEntity {
  @Column({ type: 'integer' })
  initiativeId: number;

  @ManyToOne(() => Initiative)
  @JoinColumn({ name: 'initiative_id' })
  initiative?: Relation<Initiative>;

  @Column({ type: 'integer', nullable: true })
  authorPersonId: number | null;

  @ManyToOne(() => Person, { nullable: true })
  @JoinColumn({ name: 'author_person_id' })
  author?: Relation<Person>;

  @Column({ type: 'date' })
  reportDate: string;

  @Column({ type: 'text' })
  health: Health;

  /** What has happened since the last report. */
  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'text', default: '' })
  risks: string;

  @Column({ type: 'text', default: '' })
  nextSteps: string;

  @Column({ type: 'text', default: 'draft' })
  state: StatusReportState;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** The reporting round the report answers. */
  @Column({ type: 'integer', nullable: true })
  roundId: number | null;

  /** The submitted report this one corrects. */
  @Column({ type: 'integer', nullable: true })
  supersedesId: number | null;
}
