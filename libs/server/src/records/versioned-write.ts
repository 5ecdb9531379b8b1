import { ConflictException, NotFoundException } from '@nestjs/common';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Rows per INSERT: Postgres binds at most 65 535 parameters in one statement. */
const INSERT_BATCH = 1000;

export function notFound(label: string, id: number): NotFoundException {
  return new NotFoundException(`${label} ${id} does not exist`);
}

/**
 * A stale write: the client's version is not the stored one. The answer carries the
 * record as it is now, so the client can show what changed and try again.
 */
export function staleVersion(label: string, id: number, version: number, current: unknown) {
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message: `${label} ${id} was changed by someone else (your version ${version} is stale); reload it and try again`,
    current,
  });
}

/**
 * Locks a row for the rest of the transaction and answers its version (undefined when
 * there is no such row). Two writers of one record queue here, so that of two updates
 * from the same version exactly one wins and the other sees the new version.
 */
export async function lockRow(
  manager: EntityManager,
  table: string,
  id: number,
): Promise<number | undefined> {
  const rows: { version: number }[] = await manager.query(
    `SELECT version FROM ${table} WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return rows[0]?.version;
}

/**
 * Updates one row only if it still has the version the client read. TypeORM's
 * `@VersionColumn` does not guard updates, so the check is in the WHERE clause too.
 */
export async function updateVersioned<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: number,
  version: number,
  values: Partial<E>,
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...values, version: () => 'version + 1', updatedAt: () => 'pejling_now()' } as never)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  return Boolean(result.affected);
}

/** Deletes one row by id; 404 when there is none. */
export async function deleteById<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: number,
  label: string,
): Promise<void> {
  const result = await manager.getRepository(entity).delete(id);
  if (!result.affected) throw notFound(label, id);
}

/**
 * Inserts rows (an entity's properties to columns) and answers their ids, in order, with
 * one multi-row INSERT per thousand rows. TypeORM's insert builder took 1.8 s for 10 000
 * milestones, most of it its own bookkeeping per value; this statement takes a tenth.
 * A property left undefined gets the column's default.
 */
export async function insertRows<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: Partial<E>[],
): Promise<number[]> {
  const metadata = manager.connection.getMetadata(entity);
  const properties = [
    ...new Set(rows.flatMap((row) => Object.keys(row).filter((key) => row[key] !== undefined))),
  ];
  const columns = properties.map((property) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.tableName} has no column for ${property}`);
    return column;
  });
  const ids: number[] = [];
  for (let at = 0; at < rows.length; at += INSERT_BATCH) {
    const params: unknown[] = [];
    const values = rows.slice(at, at + INSERT_BATCH).map((row) => {
      const cells = properties.map((property) => {
        const value = row[property];
        if (value === undefined) return 'DEFAULT';
        params.push(value);
        return `$${params.length}`;
      });
      return `(${cells.join(', ')})`;
    });
    const inserted: { id: number }[] = await manager.query(
      `INSERT INTO ${metadata.tablePath} (${columns.map((c) => `"${c.databaseName}"`).join(', ')})
       VALUES ${values.join(', ')} RETURNING id`,
      params,
    );
    ids.push(...inserted.map((row) => row.id));
  }
  return ids;
}
