import { BadRequestException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
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
  /** The SQL of the select list, the main table and its joins, made once. */
  private readonly sql: { select: string; table: string; joins: string };
  /** What finds a joined table's column (`i.x` or `"i"."x"`) in SQL text, one per join. */
  private readonly joinedColumn: RegExp[];

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
    this.sql = {
      select: this.fields
        .filter((f) => f.readAs === f.field)
        .map((f) => `${f.sql} AS "${f.field}"`)
        .join(', '),
      table: `${spec.from[0]} ${this.alias}`,
      joins: (spec.joins ?? [])
        .map(([table, alias, on]) => ` LEFT JOIN ${table} ${alias} ON ${on}`)
        .join(''),
    };
    this.joinedColumn = (spec.joins ?? []).map(
      ([, alias]) => new RegExp(`(^|[^\\w."])"?${alias}"?\\.`),
    );
  }

  /**
   * Runs SQL written with named parameters (`:name`), as TypeORM's query builder writes
   * them; inside a transaction pass its manager. The reader builds its SQL as text: the
   * query builder cost more per request than the queries of a record's read.
   */
  private query(
    sql: string,
    parameters: Record<string, unknown>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Record<string, unknown>[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return manager.query(text, values);
  }

  private readsJoined(sql: string): boolean {
    return this.joinedColumn.some((column) => column.test(sql));
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
    const values = { ...parameters };
    const where = whereOf([...(scope ? [scope] : []), ...this.filters(params.filter, values)]);
    // Postgres leaves an unread LEFT JOIN out of a count, but then no longer counts from an
    // index alone; and it joins every row an offset skips. So the main table alone, when
    // nothing but the columns reads the joined ones.
    const alone = !this.readsJoined(`${where} ${sortSql}`);
    const { table, joins, select } = this.sql;
    const from = alone ? table : `${table}${joins}`;
    const [{ total }] = (await this.query(
      `SELECT count(*)::int AS total FROM ${from}${where}`,
      values,
    )) as { total: number }[];
    const [start, end] = params.range;
    const last = Math.min(end, total - 1);
    if (start > last) return { rows: [], total };
    // Postgres reads past every row an offset skips. A page beyond the middle is read from
    // the other end, in the opposite order, and turned round: the last page then costs
    // what the first does, and no page more than the middle one.
    const fromEnd = start > total - 1 - last;
    const order = fromEnd ? opposite(direction) : direction;
    // Empty values count as the smallest. An index that serves a list's sort must be
    // declared so (`NULLS FIRST`); Postgres' default order puts them last.
    const nulls = order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST';
    const orderBy = ` ORDER BY ${sortSql} ${order} ${nulls}, ${this.alias}.id ${order}`;
    const window = ` LIMIT ${last - start + 1} OFFSET ${fromEnd ? total - 1 - last : start}`;
    const page = alone
      ? `SELECT ${select} FROM (SELECT ${this.alias}.id FROM ${table}${where}${orderBy}${window}) page` +
        ` JOIN ${table} ON ${this.alias}.id = page.id${joins}${orderBy}`
      : `SELECT ${select} FROM ${from}${where}${orderBy}${window}`;
    const raws = await this.query(page, values);
    if (fromEnd) raws.reverse();
    return { rows: raws.map(this.toRecord), total };
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
    const where = whereOf([...(scope ? [scope] : []), `${this.alias}.id = :id`]);
    const [raw] = await this.query(this.selectFrom(where), { ...parameters, id }, manager);
    return raw ? this.toRecord(raw) : null;
  }

  /**
   * Several records by id, in the order of `ids` (those that do not exist left out). With
   * `lock`, in a transaction, their rows are locked for the rest of it, in id order so that
   * two writers of several cannot deadlock: two writers of one record queue here, and of
   * two updates from the same version exactly one wins. The records need a `version`.
   */
  async findMany(
    ids: readonly number[],
    parameters: Record<string, unknown> = {},
    manager?: EntityManager,
    { lock = false } = {},
  ): Promise<Row[]> {
    if (!ids.length) return [];
    const values = { ...parameters, ids };
    const where = whereOf([`${this.alias}.id = ANY(:ids)`]);
    if (!lock) return this.inOrder(ids, await this.query(this.selectFrom(where), values, manager));
    // A locked row is read as it is once the lock is had, but the rest of what the statement
    // reads (joins, subqueries) as it was when the statement began, before any wait for the
    // lock. The version as the statement began tells whether someone wrote meanwhile; then
    // the records are read again, by a statement that sees that write.
    const versionAtStart = `(SELECT v.version FROM ${this.spec.from[0]} v WHERE v.id = ${this.alias}.id) AS "versionAtStart"`;
    const raws = await this.query(
      `${this.selectFrom(where, versionAtStart)} ORDER BY ${this.alias}.id FOR UPDATE OF ${this.alias}`,
      values,
      manager,
    );
    if (raws.some((raw) => raw['versionAtStart'] !== raw['version'])) {
      return this.findMany(ids, parameters, manager);
    }
    return this.inOrder(ids, raws);
  }

  private inOrder(ids: readonly number[], raws: Record<string, unknown>[]): Row[] {
    const byId = new Map(raws.map((raw) => [Number(raw['id']), this.toRecord(raw)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** The records' columns (and `extra`, when given) from the table and its joins. */
  private selectFrom(where: string, extra?: string): string {
    const { select, table, joins } = this.sql;
    return `SELECT ${extra ? `${select}, ${extra}` : select} FROM ${table}${joins}${where}`;
  }

  /**
   * The list's filter as SQL conditions, each value checked against the spec and added to
   * `values` as a named parameter.
   */
  private filters(filter: Record<string, unknown>, values: Record<string, unknown>): string[] {
    return Object.entries(filter).map(([key, value], n) => {
      const param = `f${n}`;
      if (key === 'id') return this.whereIds(`${this.alias}.id`, key, value, param, values);
      // Own keys only: "constructor" or "__proto__" must not find Object.prototype's.
      const def = Object.hasOwn(this.spec.filters, key) ? this.spec.filters[key] : undefined;
      if (!def) {
        const allowed = ['id', ...Object.keys(this.spec.filters)].join(', ');
        throw new BadRequestException(`filter: unknown field "${key}"; allowed: ${allowed}`);
      }
      return this.filterSql(def, key, value, param, values);
    });
  }

  private whereIds(
    column: string,
    key: string,
    value: unknown,
    param: string,
    values: Record<string, unknown>,
  ): string {
    if (Array.isArray(value)) {
      if (!value.every(isId))
        throw new BadRequestException(`filter: ${key} must hold positive whole numbers`);
      values[param] = value;
      return `${column} = ANY(:${param})`;
    }
    if (value === null) return `${column} IS NULL`;
    if (isId(value)) {
      values[param] = value;
      return `${column} = :${param}`;
    }
    throw new BadRequestException(
      `filter: ${key} must be a positive whole number, a list of them, or null`,
    );
  }

  private filterSql(
    def: FilterDef,
    key: string,
    value: unknown,
    param: string,
    values: Record<string, unknown>,
  ): string {
    switch (def.kind) {
      case 'id':
        return this.whereIds(def.column, key, value, param, values);
      case 'enum': {
        const given = Array.isArray(value) ? value : [value];
        const allowed = def.none ? [...def.values, def.none] : def.values;
        const bad = given.filter((v) => !allowed.includes(v as string));
        if (bad.length || given.length === 0) {
          throw new BadRequestException(
            `filter: ${key} must be one or more of ${allowed.join(', ')}`,
          );
        }
        values[param] = given.filter((v) => v !== def.none);
        const orNone = given.includes(def.none) ? ` OR ${def.column} IS NULL` : '';
        return `${def.column} = ANY(:${param})${orNone}`;
      }
      case 'text': {
        if (typeof value !== 'string') throw new BadRequestException(`filter: ${key} must be text`);
        const words = value.trim().split(/\s+/).filter(Boolean);
        // Every word must occur in one of the columns, in any order.
        const each = words.map((word, i) => {
          const p = `${param}_${i}`;
          values[p] = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
          return `(${def.columns.map((column) => `${column} ILIKE :${p}`).join(' OR ')})`;
        });
        return each.length ? each.join(' AND ') : 'TRUE';
      }
      case 'string':
      case 'integer': {
        const given = Array.isArray(value) ? value : [value];
        const ok =
          def.kind === 'string'
            ? given.every((v) => typeof v === 'string')
            : given.every((v) => Number.isSafeInteger(v) && Math.abs(v as number) <= MAX_INT);
        if (!given.length || !ok) {
          const what = def.kind === 'string' ? 'text' : 'a whole number';
          throw new BadRequestException(`filter: ${key} must be ${what} or a list of them`);
        }
        values[param] = given;
        return `${def.column} = ANY(:${param}::${def.kind === 'string' ? 'text[]' : 'int[]'})`;
      }
      case 'related': {
        if (value === null && def.none) return def.none;
        const ids = Array.isArray(value) ? value : [value];
        if (!ids.length || !ids.every(isId)) {
          throw new BadRequestException(
            `filter: ${key} must be a positive whole number or a list of them`,
          );
        }
        values[param] = ids;
        return def.where.replace(/:ids\b/g, `:${param}`);
      }
      case 'boolean':
        if (typeof value !== 'boolean')
          throw new BadRequestException(`filter: ${key} must be true or false`);
        values[param] = value;
        return `${def.column} = :${param}`;
      case 'flag':
        if (typeof value !== 'boolean')
          throw new BadRequestException(`filter: ${key} must be true or false`);
        return value ? def.where : `NOT (${def.where})`;
      case 'dateFrom':
      case 'dateTo': {
        if (!isDateOnly(value)) {
          throw new BadRequestException(`filter: ${key} must be a date as YYYY-MM-DD`);
        }
        values[param] = value;
        return `${def.column} ${def.kind === 'dateFrom' ? '>=' : '<='} :${param}::date`;
      }
    }
  }
}

/** " WHERE (a) AND (b)", or nothing. */
function whereOf(conditions: string[]): string {
  return conditions.length ? ` WHERE ${conditions.map((c) => `(${c})`).join(' AND ')}` : '';
}

const opposite = (direction: SortDirection): SortDirection =>
  direction === 'ASC' ? 'DESC' : 'ASC';
