import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../core/database/base/versioned.entity';

@Entity('strategies')
export class Strategy extends VersionedEntity {
  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text', nullable: true })
  subtitle: string | null;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'text', default: '' })
  vision: string;
}
