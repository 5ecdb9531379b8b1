import { ConflictException, NotFoundException } from '@nestjs/common';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Updates one row only if it still has the version the client read. TypeORM's
 * `@VersionColumn` does not guard updates, so the check is in the WHERE clause: zero rows
 * means the record is gone (404) or someone else changed it first (409).
 */
export async function updateVersioned<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: number,
  version: number,
  values: Partial<E>,
  label: string,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...values, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected) return;
  const exists = await manager.getRepository(entity).exists({ where: { id } as never });
  if (!exists) throw new NotFoundException(`${label} ${id} does not exist`);
  throw new ConflictException(
    `${label} ${id} was changed by someone else (your version ${version} is stale); reload it and try again`,
  );
}

/** Deletes one row by id; 404 when there is none. */
export async function deleteById<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: number,
  label: string,
): Promise<void> {
  const result = await manager.getRepository(entity).delete(id);
  if (!result.affected) throw new NotFoundException(`${label} ${id} does not exist`);
}

export function notFound(label: string, id: number): NotFoundException {
  return new NotFoundException(`${label} ${id} does not exist`);
}
