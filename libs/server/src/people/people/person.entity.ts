import { Column, Entity, JoinColumn, ManyToOne, Relation } from 'typeorm';
import type { Language, ReminderMode, Role } from '@pejling/contracts';
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

  @Column({ type: 'text', default: 'owner' })
  role: Role;

  /** An inactive person cannot sign in. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'text', default: 'da' })
  language: Language;

  @Column({ type: 'text', default: 'digest' })
  reminderMode: ReminderMode;

  /** False once unsubscribed: only escalations reach the person then. */
  @Column({ type: 'boolean', default: true })
  remindersEnabled: boolean;

  /** argon2id; set through an invitation or a password change, never through the API. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'timestamptz', nullable: true, select: false })
  passwordChangedAt: Date | null;
}
