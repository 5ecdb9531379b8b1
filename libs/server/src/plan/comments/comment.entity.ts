import { Column, Entity, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { VersionedEntity } from '../../core/database/base/versioned.entity';
import { Person } from '../../people/people/person.entity';
import { Initiative } from '../initiatives/initiative.entity';

/** A remark on an initiative, signed by the person who wrote it. */
@Entity('comments')
export class Comment extends VersionedEntity {
  @Column({ type: 'integer' })
  initiativeId: number;

  @ManyToOne(() => Initiative)
  @JoinColumn({ name: 'initiative_id' })
  initiative?: Relation<Initiative>;

  /** The signed-in person who wrote it; never taken from a request body. */
  @Column({ type: 'integer' })
  authorPersonId: number;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'author_person_id' })
  author?: Relation<Person>;

  @Column({ type: 'text' })
  body: string;

  /** When the author last changed the text. */
  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;
}
