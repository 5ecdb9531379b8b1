import { Column, Entity, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { VersionedEntity } from '../../core/database/base/versioned.entity';
import { Organisation } from '../organisations/organisation.entity';

@Entity('people')
export class Person extends VersionedEntity {
  @Column({ type: 'text' })
  name: string;

  /** Unique regardless of case (a unique index on lower(email)). */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'integer', nullable: true })
  organisationId: number | null;

  @ManyToOne(() => Organisation, { nullable: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'text', nullable: true })
  title: string | null;
}
