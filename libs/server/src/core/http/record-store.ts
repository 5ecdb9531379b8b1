import { EntityManager, EntityTarget, ObjectLiteral, DataSource } from 'typeorm';
import { CrudService } from './crud';
import { ListParams } from './list-params';
import { ReadSpec, ResourceReader } from './list-query';
import { deleteById, notFound, updateVersioned } from './versioned-write';

export interface RecordStoreOptions<R, E, C> {
  entity: EntityTarget<E>;
  /** How the resource is named in messages: "milestone", "focus area". */
  label: string;
  read: ReadSpec<R>;
  /** The columns a create or update writes, from a validated body. */
  toColumns: (dto: C) => Partial<E>;
}

/**
 * The list, get, create, update and delete of one resource: reads through its `ReadSpec`,
 * writes in a transaction with the optimistic-lock check. A service whose writes touch
 * more than one table overrides `afterWrite`; one that derives values overrides
 * `columnsFor`.
 */
export class RecordStore<
  R,
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

  /** Writes that belong to the same create or update, in its transaction. */
  protected async afterWrite(_manager: EntityManager, _id: number, _dto: C): Promise<void> {
    // Nothing beyond the main row by default.
  }

  list(params: ListParams) {
    return this.reader.list(params, this.queryParameters());
  }

  async get(id: number): Promise<R> {
    const record = await this.reader.findOne(id, this.queryParameters());
    if (!record) throw notFound(this.options.label, id);
    return record;
  }

  async create(dto: C): Promise<R> {
    const id = await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(this.options.entity)
        .values((await this.columnsFor(dto, manager)) as never)
        .returning('id')
        .execute();
      const newId = (result.raw as { id: number }[])[0].id;
      await this.afterWrite(manager, newId, dto);
      return newId;
    });
    return this.get(id);
  }

  async update(id: number, dto: U): Promise<R> {
    await this.dataSource.transaction(async (manager) => {
      const columns = await this.columnsFor(dto, manager, id);
      await updateVersioned(
        manager,
        this.options.entity,
        id,
        dto.version,
        columns,
        this.options.label,
      );
      await this.afterWrite(manager, id, dto);
    });
    return this.get(id);
  }

  async remove(id: number): Promise<R> {
    const record = await this.get(id);
    await this.dataSource.transaction((manager) =>
      deleteById(manager, this.options.entity, id, this.options.label),
    );
    return record;
  }
}
