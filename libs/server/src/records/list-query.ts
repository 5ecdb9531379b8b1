import { BadRequestException } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { isDateOnly } from '../core/http/dto';
import { Column, Columns, columnSql } from './columns';
import { ListParams, SortDirection } from './list-params';

/** How one `filter` key narrows a list; the column is an SQL expression. */
export type FilterDef =
  | { kind: 'id'; column: string }
  /**
   * One value or a list; `none`, when given, is the value that stands for "not set"
   * (the column is NULL), so that a list can show what has no value yet.
   */
  | { kind: 'enum'; column: string; values: readonly string[]; none?: string }
  | { kind: 'text'; columns: string[] }
  /** Exact match on a text column, one value or a list. */
  | { kind: 'string'; column: string }
  | { kind: 'integer'; column: string }
  | { kind: 'boolean'; column: string }
  | { kind: 'dateFrom' | 'dateTo'; column: string }
  | { kind: 'flag'; where: string }
  /**
   * Matches records related to any of the given ids; `where` uses `:ids`. With `none`, null
   * matches the records related to none.
   */
  | { kind: 'related'; where: string; none?: string };

export type Join = readonly [table: string, alias: string, on: string];

/** What a resource's list and get queries read, and which sorts and filters they allow. */
export interface ReadSpec<Row> {
  /** Table and alias of the main record. */
  from: [table: string, alias: string];
  /**
   * Tables the columns or the filters need, each LEFT JOINed by its primary key (a table
   * or a parenthesised subquery, its alias, the join's condition), in order: a join's
   * condition may read an earlier one. A list that neither filters nor sorts by a joined
   * table counts and finds its page in the main table alone, and joins only the page's rows.
   */
  joins?: readonly Join[];
  /** Each field of the record and how it is read: the compiler checks them against `Row`. */
  columns: Columns<Row>;
  sortable: readonly (keyof Row & string)[];
  /** Sort expressions that differ from the selected value (natural order of codes). */
  sortBy?: Partial<Record<keyof Row & string, string>>;
  defaultSort: [keyof Row & string, SortDirection];
  filters: Record<string, FilterDef>;
}

const MAX_INT = 2_147_483_647;

function isId(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) > 0 && (value as number) <= MAX_INT;
}

/**
 * Reads one resource in react-admin's list form: filter, sort, range, count. Every filter
 * key, sort field and value is checked against the spec; nothing from the request reaches
 * SQL except as a bound parameter.
 */
export class ResourceReader<Row> {
  private readonly alias: string;
  /**
   * Each field with its SQL expression and its column, in the record's order, and the
   * selected value it decodes (`readAs`: its own, or that of an earlier field of the same SQL).
   */
  private readonly fields: {
    field: string;
    sql: string;
    column: Column<unknown>;
    readAs: string;
  }[];

  constructor(
    private readonly dataSource: DataSource,
    private readonly spec: ReadSpec<Row>,
  ) {
    this.alias = spec.from[1];
    this.fields = [];
    for (const [field, column] of Object.entries<Column<unknown>>(spec.columns)) {
      const sql = columnSql(this.alias, field, column);
      // Fields read by the same SQL (a value and what is derived from it) share one select.
      const readAs = this.fields.find((f) => f.sql === sql)?.readAs ?? field;
      this.fields.push({ field, sql, column, readAs });
    }
  }

  /** The records to read from: the spec's table and joins, narrowed to `scope` if given. */
  private base(
    parameters: Record<string, unknown>,
    scope: string | undefined,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<object> {
    return this.joined(this.unjoined(parameters, scope, manager));
  }

  /** The spec's table alone, narrowed to `scope` if given. */
  private unjoined(
    parameters: Record<string, unknown>,
    scope: string | undefined,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<object> {
    const [table, alias] = this.spec.from;
    const qb = manager.createQueryBuilder().from(table, alias).setParameters(parameters);
    return scope ? qb.where(`(${scope})`) : qb;
  }

  private joined(qb: SelectQueryBuilder<object>): SelectQueryBuilder<object> {
    for (const [table, alias, on] of this.spec.joins ?? []) qb.leftJoin(table, alias, on);
    return qb;
  }

  /** Whether an SQL text reads a joined table's column (`i.x` or `"i"."x"`). */
  private readsJoined(sql: string): boolean {
    return (this.spec.joins ?? []).some(([, alias]) =>
      new RegExp(`(^|[^\\w."])"?${alias}"?\\.`).test(sql),
    );
  }

  private selectAll(qb: SelectQueryBuilder<object>): SelectQueryBuilder<object> {
    const [first, ...rest] = this.fields.filter((f) => f.readAs === f.field);
    qb.select(first.sql, first.field);
    for (const { field, sql } of rest) qb.addSelect(sql, field);
    return qb;
  }

  /** A raw row as the API record: each value checked and converted by its column. */
  private toRecord = (raw: Record<string, unknown>): Row => {
    const record: Record<string, unknown> = {};
    for (const { field, column, readAs } of this.fields) {
      record[field] = column.decode(raw[readAs], field);
    }
    return record as Row;
  };

  private sqlOf(field: string): string {
    return this.fields.find((f) => f.field === field)?.sql ?? field;
  }

  /**
   * A page of the records that match the list's filter and `scope` (an SQL condition: what
   * the reader may see at all), and how many match.
   */
  async list(params: ListParams, parameters: Record<string, unknown> = {}, scope?: string) {
    const [field, direction] = params.sort ?? this.spec.defaultSort;
    if (!(this.spec.sortable as readonly string[]).includes(field)) {
      throw new BadRequestException(
        `sort: cannot sort by "${field}"; allowed: ${this.spec.sortable.join(', ')}`,
      );
    }
    const sortSql = this.spec.sortBy?.[field as keyof Row & string] ?? this.sqlOf(field);
    const filtered = this.applyFilters(this.unjoined(parameters, scope), params.filter);
    // Postgres leaves an unread LEFT JOIN out of a count, but then no longer counts from an
    // index alone; and it joins every row an offset skips. So the main table alone, when
    // nothing but the columns reads the joined ones.
    const alone = !this.readsJoined(`${filtered.getQuery()} ${sortSql}`);
    const matching = alone ? filtered : this.joined(filtered);
    const { total } = (await matching.clone().select('count(*)::int', 'total').getRawOne()) as {
      total: number;
    };
    const [start, end] = params.range;
    const last = Math.min(end, total - 1);
    if (start > last) return { rows: [], total };
    // Postgres reads past every row an offset skips. A page beyond the middle is read from
    // the other end, in the opposite order, and turned round: the last page then costs
    // what the first does, and no page more than the middle one.
    const fromEnd = start > total - 1 - last;
    const order = fromEnd ? opposite(direction) : direction;
    const sorted = (qb: SelectQueryBuilder<object>) =>
      // Empty values count as the smallest. An index that serves a list's sort must be
      // declared so (`NULLS FIRST`); Postgres' default order puts them last.
      qb
        .orderBy(sortSql, order, order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST')
        .addOrderBy(`${this.alias}.id`, order);
    const page = sorted(alone ? matching.clone().select(`${this.alias}.id`, 'id') : matching)
      .offset(fromEnd ? total - 1 - last : start)
      .limit(last - start + 1);
    const raws = await (alone ? sorted(this.joinedPage(page)) : this.selectAll(page)).getRawMany();
    if (fromEnd) raws.reverse();
    return { rows: raws.map(this.toRecord), total };
  }

  /** The records whose ids `page` selects, with their joins and every column. */
  private joinedPage(page: SelectQueryBuilder<object>): SelectQueryBuilder<object> {
    const [table, alias] = this.spec.from;
    const qb = this.dataSource.manager
      .createQueryBuilder()
      .from(`(${page.getQuery()})`, 'page')
      .innerJoin(table, alias, `${alias}.id = page.id`)
      .setParameters(page.getParameters());
    return this.selectAll(this.joined(qb));
  }

  /**
   * One record, if it is within `scope`; inside a transaction pass its manager to see its
   * own writes.
   */
  async findOne(
    id: number,
    parameters: Record<string, unknown> = {},
    manager?: EntityManager,
    scope?: string,
  ): Promise<Row | null> {
    const raw = await this.selectAll(this.base(parameters, scope, manager))
      .andWhere(`${this.alias}.id = :id`, { id })
      .getRawOne();
    return raw ? this.toRecord(raw) : null;
  }

  /** Several records by id, in the order of `ids` (those that do not exist left out). */
  async findMany(
    ids: readonly number[],
    parameters: Record<string, unknown> = {},
    manager?: EntityManager,
  ): Promise<Row[]> {
    if (!ids.length) return [];
    const raws = await this.selectAll(this.base(parameters, undefined, manager))
      .andWhere(`${this.alias}.id = ANY(:ids)`, { ids })
      .getRawMany();
    const byId = new Map(raws.map((raw) => [Number(raw['id']), this.toRecord(raw)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private applyFilters(qb: SelectQueryBuilder<object>, filter: Record<string, unknown>) {
    let n = 0;
    for (const [key, value] of Object.entries(filter)) {
      const param = `f${n++}`;
      if (key === 'id') {
        this.whereIds(qb, `${this.alias}.id`, key, value, param);
        continue;
      }
      // Own keys only: "constructor" or "__proto__" must not find Object.prototype's.
      const def = Object.hasOwn(this.spec.filters, key) ? this.spec.filters[key] : undefined;
      if (!def) {
        const allowed = ['id', ...Object.keys(this.spec.filters)].join(', ');
        throw new BadRequestException(`filter: unknown field "${key}"; allowed: ${allowed}`);
      }
      this.applyFilter(qb, def, key, value, param);
    }
    return qb;
  }

  private whereIds(
    qb: SelectQueryBuilder<object>,
    column: string,
    key: string,
    value: unknown,
    param: string,
  ) {
    if (Array.isArray(value)) {
      if (!value.every(isId))
        throw new BadRequestException(`filter: ${key} must hold positive whole numbers`);
      qb.andWhere(`${column} = ANY(:${param})`, { [param]: value });
    } else if (value === null) {
      qb.andWhere(`${column} IS NULL`);
    } else if (isId(value)) {
      qb.andWhere(`${column} = :${param}`, { [param]: value });
    } else {
      throw new BadRequestException(
        `filter: ${key} must be a positive whole number, a list of them, or null`,
      );
    }
  }

  private applyFilter(
    qb: SelectQueryBuilder<object>,
    def: FilterDef,
    key: string,
    value: unknown,
    param: string,
  ) {
    switch (def.kind) {
      case 'id':
        return this.whereIds(qb, def.column, key, value, param);
      case 'enum': {
        const values = Array.isArray(value) ? value : [value];
        const allowed = def.none ? [...def.values, def.none] : def.values;
        const bad = values.filter((v) => !allowed.includes(v as string));
        if (bad.length || values.length === 0) {
          throw new BadRequestException(
            `filter: ${key} must be one or more of ${allowed.join(', ')}`,
          );
        }
        const set = values.filter((v) => v !== def.none);
        const orNone = values.length > set.length ? ` OR ${def.column} IS NULL` : '';
        return qb.andWhere(`(${def.column} = ANY(:${param})${orNone})`, { [param]: set });
      }
      case 'text': {
        if (typeof value !== 'string') throw new BadRequestException(`filter: ${key} must be text`);
        const words = value.trim().split(/\s+/).filter(Boolean);
        // Every word must occur in one of the columns, in any order.
        words.forEach((word, i) => {
          const p = `${param}_${i}`;
          const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
          qb.andWhere(
            new Brackets((or) => {
              for (const column of def.columns)
                or.orWhere(`${column} ILIKE :${p}`, { [p]: pattern });
            }),
          );
        });
        return qb;
      }
      case 'string':
      case 'integer': {
        const values = Array.isArray(value) ? value : [value];
        const ok =
          def.kind === 'string'
            ? values.every((v) => typeof v === 'string')
            : values.every((v) => Number.isSafeInteger(v) && Math.abs(v as number) <= MAX_INT);
        if (!values.length || !ok) {
          const what = def.kind === 'string' ? 'text' : 'a whole number';
          throw new BadRequestException(`filter: ${key} must be ${what} or a list of them`);
        }
        const cast = def.kind === 'string' ? 'text[]' : 'int[]';
        return qb.andWhere(`${def.column} = ANY(:${param}::${cast})`, { [param]: values });
      }
      case 'related': {
        if (value === null && def.none) return qb.andWhere(def.none);
        const ids = Array.isArray(value) ? value : [value];
        if (!ids.length || !ids.every(isId)) {
          throw new BadRequestException(
            `filter: ${key} must be a positive whole number or a list of them`,
          );
        }
        return qb.andWhere(def.where.replace(/:ids\b/g, `:${param}`), { [param]: ids });
      }
      case 'boolean':
        if (typeof value !== 'boolean')
          throw new BadRequestException(`filter: ${key} must be true or false`);
        return qb.andWhere(`${def.column} = :${param}`, { [param]: value });
      case 'flag':
        if (typeof value !== 'boolean')
          throw new BadRequestException(`filter: ${key} must be true or false`);
        return qb.andWhere(value ? def.where : `NOT (${def.where})`);
      case 'dateFrom':
      case 'dateTo': {
        if (!isDateOnly(value)) {
          throw new BadRequestException(`filter: ${key} must be a date as YYYY-MM-DD`);
        }
        const op = def.kind === 'dateFrom' ? '>=' : '<=';
        return qb.andWhere(`${def.column} ${op} :${param}::date`, { [param]: value });
      }
    }
  }
}

const opposite = (direction: SortDirection): SortDirection =>
  direction === 'ASC' ? 'DESC' : 'ASC';
