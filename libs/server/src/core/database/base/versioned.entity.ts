import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Columns every editable table has: an identity, the optimistic-lock version, timestamps. */
export abstract class VersionedEntity {
  @PrimaryGeneratedColumn({ type: 'integer', generatedIdentity: 'ALWAYS' } as never)
  id: number;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
