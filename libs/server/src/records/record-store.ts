import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ResourceName } from '@pejling/contracts';
import { recordAudits } from './audit-trail';
import type { Actor } from './actor';
import { assertMay, forbidden } from './access';
import { CrudService } from './crud-controller';
import { ListParams } from './list-params';
import { ReadSpec, ResourceReader } from './list-query';
import { deleteById, insertRows, notFound, staleVersion, updateVersioned } from './versioned-write';

export interface RecordStoreOptions<R, E, C> {
  resource: ResourceName;
  entity: EntityTarget<E>;
  /** How the resource is named in messages: "milestone", "focus area". */
  label: string;
  read: ReadSpec<R>;
  /** The columns a create or update writes, from a validated body. */
  toColumns: (dto: C) => Partial<E>;
  /** The initiative a record belongs to, for the initiative's history. */
  initiativeOf?: (record: R) => number | null;
}

/** What an actor may read of a resource, where the role's permission is not enough. */
export interface ReadScope {
  /** An SQL condition on the read spec's records; its named parameters are `parameters`. */
  where: string;
  parameters: Record<string, unknown>;
  /** Why a record outside it is not shown, as in "status report 4: <refusal>". */
  refusal: string;
}

/** A write about to happen, for a service to check against the actor and the record. */
export interface WriteCheck<R, C> {
  action: 'create' | 'edit' | 'delete';
  actor: Actor;
  manager: EntityManager;
  /** The stored record (edit, delete). */
  before?: R;
  /** The validated body (create, edit). */
  dto?: C;
}

/**
 * The list, get, create, update and delete of one resource. Reads go through its
 * `ReadSpec`. Each write runs in one transaction that checks the actor's role, locks the
 * row, lets the service check the record (`checkWrite`), writes with the optimistic-lock
 * check, and records an audit event with the record before and after.
 *
 * A service whose writes touch more than one table overrides `afterWrite`; one that
 * derives values overrides `columnsFor`.
 */
export class RecordStore<
  R extends { id: number; version: number },
  E extends ObjectLiteral,
  C extends object,
  U extends C & { version: number },
> implements CrudService<R, C, U> {
  protected readonly reader: ResourceReader<R>;

  constructor(
    protected readonly dataSource: DataSource,
    protected readonly options: RecordStoreOptions<R, E, C>,
  ) {
    this.reader = new ResourceReader(dataSource, options.read);
  }

  /** Named SQL parameters the read spec uses (such as `:today`). */
  protected queryParameters(): Record<string, unknown> {
    return {};
  }

  /** The columns to write; override to derive or check values against the stored record. */
  protected async columnsFor(dto: C, _manager: EntityManager, _id?: number): Promise<Partial<E>> {
    return this.options.toColumns(dto);
  }

  /**
   * The records of the resource the actor may read, when that is not all of them: a list
   * leaves the others out (and does not count them), a get of one answers 403.
   */
  protected async readScope(_actor: Actor): Promise<ReadScope | undefined> {
    return undefined;
  }

  /**
   * Refuses a write that the actor's role allows in general but not on this record or
   * these fields, or that the record's state does not allow. The role check comes first.
   */
  protected async checkWrite(_write: WriteCheck<R, C>): Promise<void> {
    // The role's permission is enough by default.
  }

  /** Writes that belong to the same create or update, in its transaction. */
  protected async afterWrite(
    _manager: EntityManager,
    _id: number,
    _dto: C,
    _write: { action: 'create' | 'edit'; actor: Actor },
  ): Promise<void> {
    // Nothing beyond the main row by default.
  }

  async list(params: ListParams, actor: Actor) {
    assertMay(actor, this.options.resource, 'list');
    const scope = await this.readScope(actor);
    const parameters = { ...this.queryParameters(), ...scope?.parameters };
    return this.reader.list(params, parameters, scope?.where);
  }

  async get(id: number, actor: Actor): Promise<R> {
    assertMay(actor, this.options.resource, 'show');
    const scope = await this.readScope(actor);
    if (!scope) return this.find(id);
    const parameters = { ...this.queryParameters(), ...scope.parameters };
    const record = await this.reader.findOne(id, parameters, undefined, scope.where);
    if (record) return record;
    await this.find(id); // 404 if there is no such record at all
    throw forbidden(`${this.options.label} ${id}: ${scope.refusal}`);
  }

  async create(dto: C, actor: Actor): Promise<R> {
    assertMay(actor, this.options.resource, 'create');
    return this.dataSource.transaction(
      async (manager) => (await this.createMany(manager, [dto], actor))[0],
    );
  }

  /**
   * Creates records in the caller's transaction, each checked and written as `create`
   * writes one (the role, `checkWrite`, `columnsFor`, `afterWrite`, an audit event each),
   * with the inserts, the reads and the audit events of all of them batched. In the order
   * of `dtos`.
   */
  async createMany(manager: EntityManager, dtos: C[], actor: Actor): Promise<R[]> {
    assertMay(actor, this.options.resource, 'create');
    const rows: Partial<E>[] = [];
    for (const dto of dtos) {
      await this.checkWrite({ action: 'create', actor, manager, dto });
      rows.push(await this.columnsFor(dto, manager));
    }
    const ids = await insertRows(manager, this.options.entity, rows);
    for (const [n, id] of ids.entries()) {
      await this.afterWrite(manager, id, dtos[n], { action: 'create', actor });
    }
    const after = await this.findMany(ids, manager);
    await this.auditMany(
      manager,
      actor,
      'create',
      after.map((record) => [null, record]),
    );
    return after;
  }

  async update(id: number, dto: U, actor: Actor): Promise<R> {
    assertMay(actor, this.options.resource, 'edit');
    return this.dataSource.transaction(
      async (manager) => (await this.updateMany(manager, [{ id, dto }], actor))[0],
    );
  }

  /**
   * Updates records in the caller's transaction, each checked as `update` checks one (the
   * role, 404, `checkWrite`, its version: 409) and written by `writeUpdates`. The rows are
   * locked in id order, so that two such writes cannot deadlock.
   */
  async updateMany(manager: EntityManager, items: { id: number; dto: U }[], actor: Actor) {
    assertMay(actor, this.options.resource, 'edit');
    const before = await this.lockAndRead(
      manager,
      items.map((item) => item.id),
    );
    for (const [n, { id, dto }] of items.entries()) {
      await this.checkWrite({ action: 'edit', actor, manager, before: before[n], dto });
      if (before[n].version !== dto.version) {
        throw staleVersion(this.options.label, id, dto.version, before[n]);
      }
    }
    return this.writeUpdates(
      manager,
      items.map(({ dto }, n) => ({ before: before[n], dto })),
      actor,
    );
  }

  /**
   * The write of an update whose row is locked and whose checks have passed (the role,
   * `checkWrite`, the version): its columns, `afterWrite` and the audit event. For a
   * service that updates several records in one transaction.
   */
  protected async writeUpdate(manager: EntityManager, before: R, dto: U, actor: Actor): Promise<R> {
    return (await this.writeUpdates(manager, [{ before, dto }], actor))[0];
  }

  /** `writeUpdate` of several records, with their reads and audit events batched. */
  protected async writeUpdates(
    manager: EntityManager,
    writes: { before: R; dto: U }[],
    actor: Actor,
  ): Promise<R[]> {
    for (const { before, dto } of writes) {
      const columns = await this.columnsFor(dto, manager, before.id);
      // The row is locked, so the version cannot have moved; the WHERE clause guards anyway.
      if (!(await updateVersioned(manager, this.options.entity, before.id, dto.version, columns))) {
        throw staleVersion(this.options.label, before.id, dto.version, before);
      }
      await this.afterWrite(manager, before.id, dto, { action: 'edit', actor });
    }
    const after = await this.findMany(
      writes.map(({ before }) => before.id),
      manager,
    );
    await this.auditMany(
      manager,
      actor,
      'update',
      writes.map(({ before }, n) => [before, after[n]]),
    );
    return after;
  }

  /**
   * A change to one record that a route other than a PUT makes (an unsubscribe link, the
   * calendar feed), written as a PUT's would be: in one transaction the row is locked and
   * read, the actor checked (`checkWrite`), `change` makes the change and answers the
   * columns to write, and the version moves on, with an audit event of the record before
   * and after. A PUT from the version read before answers 409 instead of undoing it.
   * `change` answers undefined when there is nothing to change: then nothing is written.
   * With `readVersion`, the change is of the record as read at that version: a later one
   * answers 409.
   */
  protected async changeBy(
    id: number,
    actor: Actor,
    change: (manager: EntityManager, before: R) => Promise<Partial<E> | undefined>,
    readVersion?: number,
  ): Promise<R> {
    return this.dataSource.transaction(async (manager) => {
      const [before] = await this.lockAndRead(manager, [id]);
      await this.checkWrite({ action: 'edit', actor, manager, before });
      if (readVersion !== undefined && readVersion !== before.version) {
        throw staleVersion(this.options.label, id, readVersion, before);
      }
      const columns = await change(manager, before);
      if (columns === undefined) return before;
      await updateVersioned(manager, this.options.entity, id, before.version, columns);
      const after = await this.find(id, manager);
      await this.audit(manager, actor, 'update', before, after);
      return after;
    });
  }

  async remove(id: number, actor: Actor): Promise<R> {
    assertMay(actor, this.options.resource, 'delete');
    return this.dataSource.transaction(
      async (manager) => (await this.removeMany(manager, [id], actor))[0],
    );
  }

  /** Deletes records in the caller's transaction, each checked as `remove` checks one. */
  async removeMany(manager: EntityManager, ids: number[], actor: Actor): Promise<R[]> {
    assertMay(actor, this.options.resource, 'delete');
    const before = await this.lockAndRead(manager, ids);
    for (const record of before) {
      await this.checkWrite({ action: 'delete', actor, manager, before: record });
    }
    for (const id of ids) await deleteById(manager, this.options.entity, id, this.options.label);
    await this.auditMany(
      manager,
      actor,
      'delete',
      before.map((record) => [record, null]),
    );
    return before;
  }

  /**
   * The records as they are stored, their rows locked for the rest of the transaction (in
   * id order, see `findMany`); 404 for one missing.
   */
  private async lockAndRead(manager: EntityManager, ids: number[]): Promise<R[]> {
    const records = await this.reader.findMany(ids, this.queryParameters(), manager, {
      lock: true,
    });
    const found = new Set(records.map((record) => record.id));
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) throw notFound(this.options.label, missing);
    return records;
  }

  private findMany(ids: number[], manager: EntityManager): Promise<R[]> {
    return this.reader.findMany(ids, this.queryParameters(), manager);
  }

  /** One record as the API shows it; inside a transaction, as that transaction sees it. */
  protected async find(id: number, manager?: EntityManager): Promise<R> {
    const record = await this.reader.findOne(id, this.queryParameters(), manager);
    if (!record) throw notFound(this.options.label, id);
    return record;
  }

  protected audit(
    manager: EntityManager,
    actor: Actor,
    action: 'create' | 'update' | 'delete',
    before: R | null,
    after: R | null,
  ) {
    return this.auditMany(manager, actor, action, [[before, after]]);
  }

  private auditMany(
    manager: EntityManager,
    actor: Actor,
    action: 'create' | 'update' | 'delete',
    changes: [before: R | null, after: R | null][],
  ) {
    return recordAudits(
      manager,
      changes.map(([before, after]) => {
        const record = (after ?? before) as R;
        return {
          actor,
          resource: this.options.resource,
          recordId: record.id,
          action,
          before,
          after,
          initiativeId: this.options.initiativeOf?.(record) ?? null,
        };
      }),
    );
  }
}
