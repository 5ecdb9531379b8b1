import type {
  ImportChange,
  ImportConflict,
  ImportError,
  ImportFieldChange,
  ImportRecordRef,
  Language,
  WorkbookSheet,
} from '@pejling/contracts';
import type { ReadResult, ReadRow } from '../workbook/reading/read-workbook';
import type { PlanRows, StoredRow } from '../workbook/plan-rows';
import {
  SHEETS,
  type CellValue,
  type ColumnDef,
  type MarkedRef,
  type RefTarget,
  type SheetDef,
} from '../workbook/sheets';
import { cellText } from '../workbook/writing/cell-text';
import { IMPORT_MESSAGES, type ImportMessages } from './import-messages';
import { KeyIndex } from './references';

/** A record's write that applying the import makes, with what it needs to be made. */
export interface PlannedWrite {
  sheet: WorkbookSheet;
  action: 'create' | 'update';
  /** The row it comes from (for a target written for its parts only: its own row, or 0). */
  row: number;
  recordId: number | null;
  /** The stored version the preview read: a later one at apply is a conflict. */
  version: number | null;
  key: string;
  /** The record after the import: the stored values with the file's over them. */
  values: Record<string, CellValue>;
  /** A target's series and links as the import leaves them, in order. */
  parts?: { series: Record<string, CellValue>[]; targetLinks: Record<string, CellValue>[] };
}

/** A stored record no row names; deleted only when the apply request names it. */
export interface Unnamed extends ImportRecordRef {
  /** For a target's part: the part's key within its target (series key, initiative code). */
  partKey?: string;
}

export interface ImportPlan {
  writes: PlannedWrite[];
  changes: ImportChange[];
  conflicts: ImportConflict[];
  errors: ImportError[];
  notInFile: Unnamed[];
  unchanged: number;
}

export interface PlanOptions {
  /** The workbook makes a new strategy: its ids are ignored. */
  newStrategy: boolean;
  language: Language;
  /** The names of the strategies there are, which a new one may not take. */
  strategyNames: string[];
}

/** A row of the file and the stored record it is, if any. */
interface Match {
  def: SheetDef;
  row: ReadRow;
  stored?: StoredRow;
  /** The record's values after the import. */
  values: Record<string, CellValue>;
}

const PART_SHEETS: WorkbookSheet[] = ['series', 'targetLinks'];
const normal = (key: string) => key.trim().toLocaleLowerCase('da');
/** An empty list and an empty cell are the same: nothing. */
const canonical = (value: CellValue | undefined) =>
  JSON.stringify(Array.isArray(value) && !value.length ? null : (value ?? null));
const same = (a: CellValue | undefined, b: CellValue | undefined) => canonical(a) === canonical(b);

/**
 * A record's key as a person reads it: its key columns' values, "·" between; null while a
 * required one is empty (or for a sheet without keys).
 */
export function keyOf(def: SheetDef, values: Record<string, CellValue>): string | null {
  if (!def.keyColumns.length) return null;
  const parts: string[] = [];
  for (const key of def.keyColumns) {
    const value = values[key] ?? null;
    const column = def.columns.find((c) => c.key === key) as ColumnDef;
    if (value === null && 'required' in column.kind && column.kind.required) return null;
    parts.push(value === null ? '' : String(value));
  }
  return parts.join(' · ');
}

/**
 * What importing a read workbook into the stored plan would do: which row is which record,
 * what each changes, what is wrong, what conflicts, and which stored records the file
 * leaves out. Nothing here writes; `writes` is what applying does, in order.
 */
export function planImport(read: ReadResult, stored: PlanRows, options: PlanOptions): ImportPlan {
  return new Planner(read, stored, options).plan();
}

class Planner {
  private readonly m: ImportMessages;
  private readonly errors: ImportError[];
  private readonly matches = new Map<WorkbookSheet, Match[]>();
  private readonly notInFile: Unnamed[] = [];
  private readonly indexes = new Map<RefTarget, KeyIndex>();
  /** "sheet row" and "sheet row column" of every error, to tell quickly whether a row has one. */
  private readonly erredAt = new Set<string>();

  constructor(
    private readonly read: ReadResult,
    private readonly stored: PlanRows,
    private readonly options: PlanOptions,
  ) {
    this.m = IMPORT_MESSAGES[options.language];
    this.errors = [];
    for (const error of read.errors) this.push(error);
  }

  plan(): ImportPlan {
    for (const def of SHEETS) {
      const sheet = this.read.sheets.find((s) => s.def.sheet === def.sheet);
      if (!sheet) continue;
      if (def.sheet === 'strategy') this.matchStrategy(sheet.rows);
      else this.matchSheet(def, sheet.rows);
    }
    this.buildIndexes();
    for (const matches of this.matches.values()) {
      for (const match of matches) this.resolveReferences(match);
    }
    for (const matches of this.matches.values()) this.checkKeys(matches);
    return this.diff();
  }

  // ── which row is which record ──────────────────────────────────────────

  private matchStrategy(rows: ReadRow[]) {
    const def = SHEETS[0];
    const [stored] = this.stored.strategy;
    if (rows.length !== 1) {
      this.error(def, rows[1]?.row ?? null, null, this.m.oneStrategyRow);
      if (!rows.length) return;
    }
    const row = rows[0];
    if (!this.options.newStrategy && row.rowId && stored && row.rowId.id !== stored.id) {
      this.error(def, row.row, null, this.m.idOfOtherStrategy);
      return;
    }
    const match: Match = {
      def,
      row,
      stored: this.options.newStrategy ? undefined : stored,
      values: {},
    };
    this.matches.set('strategy', [match]);
  }

  /**
   * A row with an id is that record (unless the workbook makes a new strategy, or the
   * sheet's records are shared and matched by key there); a row without one is the stored
   * record with its key that no other row claims, or a new one. Ids first, so that a
   * record renamed in one row and its old key reused in another are told apart.
   */
  private matchSheet(def: SheetDef, rows: ReadRow[]) {
    const stored = PART_SHEETS.includes(def.sheet) ? [] : this.stored[def.sheet];
    const byId = new Map(stored.map((r) => [r.id as number, r]));
    const claimed = new Map<number, number>();
    const useIds = !this.options.newStrategy && !PART_SHEETS.includes(def.sheet);
    const matches: Match[] = [];
    const keyed: Match[] = [];
    for (const row of rows) {
      const match: Match = { def, row, values: {} };
      if (useIds && row.rowId) {
        const record = byId.get(row.rowId.id);
        if (!record) {
          this.error(def, row.row, null, this.m.unknownId(row.rowId.id));
          continue;
        }
        const other = claimed.get(record.id as number);
        if (other !== undefined) {
          this.error(def, row.row, null, this.m.idTwice(record.id as number, other));
          continue;
        }
        claimed.set(record.id as number, row.row);
        match.stored = record;
      } else {
        keyed.push(match);
      }
      matches.push(match);
    }
    if (def.keyColumns.length && !PART_SHEETS.includes(def.sheet)) {
      const byKey = new Map<string, StoredRow>();
      for (const record of stored) {
        const key = keyOf(def, record.values);
        if (key !== null && !claimed.has(record.id as number)) byKey.set(normal(key), record);
      }
      for (const match of keyed) {
        const key = keyOf(def, match.row.values);
        const record = key === null ? undefined : byKey.get(normal(key));
        if (record) {
          match.stored = record;
          claimed.set(record.id as number, match.row.row);
          byKey.delete(normal(key as string));
        }
      }
    }
    this.matches.set(def.sheet, matches);
    if (!PART_SHEETS.includes(def.sheet)) {
      for (const record of stored) {
        if (!claimed.has(record.id as number)) {
          this.notInFile.push({
            ...this.ref(
              def,
              null,
              record.id,
              keyOf(def, record.values) ?? this.describe(def, record.values),
            ),
          });
        }
      }
    }
  }

  // ── references ─────────────────────────────────────────────────────────

  /**
   * Each kind of record a reference may name, by the key it will have after the import (a
   * row's) or has (a stored record the file leaves alone), and its other names.
   */
  private buildIndexes() {
    const targets: [
      RefTarget,
      WorkbookSheet,
      (v: Record<string, CellValue>) => (string | null)[],
      boolean,
    ][] = [
      ['organisations', 'organisations', (v) => [str(v['shortName']), str(v['name'])], false],
      ['people', 'people', (v) => [str(v['email']), str(v['name'])], false],
      [
        'focusAreas',
        'focusAreas',
        (v) => [str(v['code']), `${str(v['code'])} ${str(v['title'])}`],
        true,
      ],
      [
        'initiatives',
        'initiatives',
        (v) => [str(v['code']), `${str(v['code'])} ${str(v['title'])}`],
        true,
      ],
      ['targets', 'targets', (v) => [str(v['number'])], false],
    ];
    for (const [target, sheet, names] of targets) {
      const index = new KeyIndex(sheet === 'focusAreas' || sheet === 'initiatives');
      const matches = this.matches.get(sheet);
      const inFile = new Set(matches?.flatMap((m) => (m.stored ? [m.stored.id] : [])));
      for (const record of this.stored[sheet]) {
        if (inFile.has(record.id)) continue;
        const [key, ...aliases] = names(record.values);
        if (key) index.add(key, ...aliases);
      }
      for (const match of matches ?? []) {
        const values = { ...match.stored?.values, ...match.row.values };
        const [key, ...aliases] = names(values);
        if (key) index.add(key, ...aliases);
      }
      this.indexes.set(target, index);
    }
  }

  /** Each reference of the row as the canonical key of what it names; an error where none. */
  private resolveReferences(match: Match) {
    const values = { ...match.row.values };
    for (const column of match.def.columns) {
      const value = values[column.key];
      if (value === undefined || value === null) continue;
      const kind = column.kind;
      if (kind.type === 'ref') {
        const key = this.resolveOne(match, column, kind.to, String(value));
        if (key === undefined) delete values[column.key];
        else values[column.key] = key;
      } else if (kind.type === 'refs') {
        const entries = value as (string | MarkedRef)[];
        const resolved = entries.map((entry) =>
          typeof entry === 'string'
            ? this.resolveOne(match, column, kind.to, entry)
            : mapKey(entry, this.resolveOne(match, column, kind.to, entry.key)),
        );
        if (resolved.some((r) => r === undefined)) delete values[column.key];
        else values[column.key] = resolved as string[] | MarkedRef[];
      }
    }
    match.values = { ...match.stored?.values, ...values };
  }

  private resolveOne(
    match: Match,
    column: ColumnDef,
    to: RefTarget,
    text: string,
  ): string | undefined {
    const found = (this.indexes.get(to) as KeyIndex).resolve(text);
    if ('key' in found) return found.key;
    if ('ambiguous' in found) {
      this.error(match.def, match.row.row, column, this.m.ambiguous(text, found.ambiguous));
    } else {
      this.error(match.def, match.row.row, column, this.m.noRecord(text), found.suggestion);
    }
    return undefined;
  }

  /** Two rows may not give one key; a row may not take the key of a stored record it is not. */
  private checkKeys(matches: Match[]) {
    const seen = new Map<string, number>();
    const def = matches[0]?.def;
    if (!def?.keyColumns.length) return;
    const taken = new Map<string, StoredRow>();
    const inFile = new Set(matches.flatMap((m) => (m.stored ? [m.stored.id] : [])));
    // A target's part is matched by its key within the target: no stored part is left to take.
    if (def.sheet !== 'strategy' && !PART_SHEETS.includes(def.sheet)) {
      for (const record of this.stored[def.sheet]) {
        const key = keyOf(def, record.values);
        if (key !== null && !inFile.has(record.id)) taken.set(normal(key), record);
      }
    }
    for (const match of matches) {
      const key = keyOf(def, match.values);
      if (key === null) continue;
      const first = seen.get(normal(key));
      const column = def.columns.find((c) => c.key === def.keyColumns[0]) ?? null;
      if (first !== undefined) {
        this.error(def, match.row.row, column, this.m.keyTwice(key, first));
      } else if (taken.has(normal(key))) {
        this.error(def, match.row.row, column, this.m.keyTaken(key));
      }
      seen.set(normal(key), match.row.row);
    }
  }

  // ── what changes ───────────────────────────────────────────────────────

  private diff(): ImportPlan {
    const plan: ImportPlan = {
      writes: [],
      changes: [],
      conflicts: [],
      errors: this.errors,
      notInFile: this.notInFile,
      unchanged: 0,
    };
    if (this.options.newStrategy && !this.matches.has('strategy')) {
      this.error(SHEETS[0], null, null, this.m.strategySheetNeeded);
    }
    const partsByTarget = this.partsByTarget(plan);
    for (const def of SHEETS) {
      if (PART_SHEETS.includes(def.sheet)) continue;
      for (const match of this.matches.get(def.sheet) ?? []) {
        const fields = this.fieldChanges(match);
        if (fields === undefined) continue;
        const parts = def.sheet === 'targets' ? partsByTarget.take(match) : undefined;
        const key = keyOf(def, match.values) ?? this.describe(def, match.values);
        if (!fields.length && !parts?.changed) {
          plan.unchanged++;
          continue;
        }
        if (
          match.stored &&
          match.row.rowId?.version != null &&
          match.row.rowId.version !== match.stored.version
        ) {
          plan.conflicts.push({
            ...this.ref(def, match.row.row, match.stored.id, key),
            versionRead: match.row.rowId.version,
            versionNow: match.stored.version as number,
          });
        }
        if (fields.length) plan.changes.push(this.change(match, key, fields));
        plan.writes.push({
          sheet: def.sheet,
          action: match.stored ? 'update' : 'create',
          row: match.row.row,
          recordId: match.stored?.id ?? null,
          version: match.stored?.version ?? null,
          key,
          values: match.values,
          parts: parts?.parts,
        });
      }
    }
    // Targets the file's targets sheet leaves out (or lacks) whose parts it changes.
    for (const write of partsByTarget.rest()) plan.writes.push(write);
    for (const change of partsByTarget.changes) plan.changes.push(change);
    if (this.options.newStrategy) {
      const strategy = this.matches.get('strategy')?.[0];
      const name = str(strategy?.values['name']);
      if (strategy && name && this.options.strategyNames.some((n) => normal(n) === normal(name))) {
        this.error(
          SHEETS[0],
          strategy.row.row,
          SHEETS[0].columns[0],
          this.m.strategyNameTaken(name),
        );
      }
    }
    return plan;
  }

  /** The fields a row changes (all it sets, for a new record); undefined when it is in error. */
  private fieldChanges(match: Match): ImportFieldChange[] | undefined {
    const { def, stored, values } = match;
    let valid = true;
    const fields: ImportFieldChange[] = [];
    for (const column of def.columns) {
      const present = column.key in match.row.values;
      const kind = column.kind;
      if (
        !stored &&
        'required' in kind &&
        kind.required &&
        (values[column.key] ?? null) === null &&
        !this.erred(match, column)
      ) {
        this.error(def, match.row.row, column, this.m.required);
        valid = false;
      }
      if (!present || !(column.key in values)) continue;
      const before = stored?.values[column.key] ?? null;
      const after = values[column.key];
      if (stored && same(before, after)) continue;
      if (!stored && (after === null || (Array.isArray(after) && !after.length))) continue;
      if (stored && column.createOnly) {
        this.error(def, match.row.row, column, this.m.createOnly);
        valid = false;
        continue;
      }
      fields.push(this.fieldChange(column, stored ? before : null, after));
    }
    return valid && !this.erred(match) ? fields : undefined;
  }

  private fieldChange(column: ColumnDef, before: CellValue, after: CellValue): ImportFieldChange {
    const { language } = this.options;
    return {
      field: column.key,
      label: column.header[language],
      before: cellText(before, column, language),
      after: cellText(after, column, language),
    };
  }

  private change(match: Match, key: string, fields: ImportFieldChange[]): ImportChange {
    const { def, stored } = match;
    const oldKey = stored ? keyOf(def, stored.values) : null;
    const person = def.sheet === 'people';
    const sensitive = person && fields.some((f) => f.field === 'email' || f.field === 'role');
    const secretariat = person && !stored && match.values['role'] === 'secretariat';
    return {
      ...this.ref(def, match.row.row, stored?.id ?? null, key),
      action: stored ? 'update' : 'create',
      ...(oldKey !== null && stored && normal(oldKey) !== normal(key)
        ? { renamedFrom: oldKey }
        : {}),
      fields,
      ...((stored && sensitive) || secretariat ? { needsConfirmation: true } : {}),
    };
  }

  /** A target's series and links: as the file has them where it has their sheet, else as stored. */
  private partsByTarget(plan: ImportPlan) {
    const stored = this.stored;
    const fileParts = new Map<string, Map<WorkbookSheet, Match[]>>();
    for (const sheet of PART_SHEETS) {
      for (const match of this.matches.get(sheet) ?? []) {
        if (this.erred(match)) continue;
        const target = str(match.values['target']) as string;
        const bySheet = fileParts.get(target) ?? new Map<WorkbookSheet, Match[]>();
        bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), match]);
        fileParts.set(target, bySheet);
      }
    }
    const done = new Set<string>();
    const changes: ImportChange[] = [];
    const partsOf = (targetKey: string, targetId: number | null, storedKey: string | null) => {
      done.add(targetKey);
      let changed = false;
      const parts = {
        series: [] as Record<string, CellValue>[],
        targetLinks: [] as Record<string, CellValue>[],
      };
      for (const sheet of PART_SHEETS as ('series' | 'targetLinks')[]) {
        const def = SHEETS.find((s) => s.sheet === sheet) as SheetDef;
        const partKey = def.keyColumns[1];
        const kept =
          storedKey === null ? [] : stored[sheet].filter((p) => p.values['target'] === storedKey);
        const inFile = this.matches.has(sheet);
        if (!inFile) {
          parts[sheet] = kept.map((p) => ({ ...p.values, target: targetKey }));
          continue;
        }
        const rows = fileParts.get(targetKey)?.get(sheet) ?? [];
        for (const match of rows) {
          const before = kept.find(
            (p) => normal(String(p.values[partKey])) === normal(String(match.values[partKey])),
          );
          match.stored = before;
          match.values = { ...before?.values, ...match.values };
          const fields = this.fieldChanges(match);
          if (fields === undefined) continue;
          parts[sheet].push(match.values);
          if (fields.length) {
            changed = true;
            changes.push({
              ...this.change(match, keyOf(def, match.values) as string, fields),
              recordId: targetId,
            });
          } else {
            plan.unchanged++;
          }
        }
        for (const part of kept) {
          if (rows.some((m) => m.stored === part)) continue;
          // Not in the file: kept unless the apply request names it.
          parts[sheet].push({ ...part.values, target: targetKey });
          this.notInFile.push({
            ...this.ref(def, null, targetId, keyOf(def, part.values) as string),
            partKey: String(part.values[partKey]),
          });
        }
      }
      return { parts, changed };
    };
    return {
      changes,
      take: (match: Match) => {
        return partsOf(
          keyOf(SHEETS.find((s) => s.sheet === 'targets') as SheetDef, match.values) as string,
          match.stored?.id ?? null,
          match.stored ? String(match.stored.values['number']) : null,
        );
      },
      rest: (): PlannedWrite[] => {
        const writes: PlannedWrite[] = [];
        for (const record of stored.targets) {
          const key = String(record.values['number']);
          if (done.has(key) || this.matches.get('targets')?.some((m) => m.stored === record))
            continue;
          const { parts, changed } = partsOf(key, record.id, key);
          if (changed) {
            writes.push({
              sheet: 'targets',
              action: 'update',
              row: 0,
              recordId: record.id,
              version: record.version,
              key,
              values: record.values,
              parts,
            });
          }
        }
        for (const key of fileParts.keys()) {
          if (!done.has(key)) {
            const [first] = [...(fileParts.get(key) as Map<WorkbookSheet, Match[]>).values()][0];
            this.error(
              first.def,
              first.row.row,
              first.def.columns[0],
              this.m.partOfUnknownTarget(key),
            );
          }
        }
        return writes;
      },
    };
  }

  // ── helpers ────────────────────────────────────────────────────────────

  private ref(
    def: SheetDef,
    row: number | null,
    recordId: number | null,
    key: string,
  ): ImportRecordRef {
    return { sheet: def.sheet, sheetLabel: def.title[this.options.language], row, recordId, key };
  }

  /** A record without a key (a milestone) is known by its initiative and title. */
  private describe(def: SheetDef, values: Record<string, CellValue>): string {
    return (
      [values['initiative'], values['title']].filter(Boolean).join(' · ') ||
      def.title[this.options.language]
    );
  }

  private error(
    def: SheetDef,
    row: number | null,
    column: ColumnDef | null,
    message: string,
    suggestion?: string,
  ) {
    const { language } = this.options;
    this.push({
      sheet: def.sheet,
      sheetLabel: def.title[language],
      row,
      column: column?.header[language] ?? null,
      message,
      ...(suggestion ? { suggestion } : {}),
    });
  }

  private push(error: ImportError) {
    this.errors.push(error);
    this.erredAt.add(`${error.sheet} ${error.row}`);
    this.erredAt.add(`${error.sheet} ${error.row} ${error.column}`);
  }

  /** Whether the row (or one of its cells) has an error already. */
  private erred(match: Match, column?: ColumnDef): boolean {
    const at = `${match.def.sheet} ${match.row.row}`;
    return this.erredAt.has(column ? `${at} ${column.header[this.options.language]}` : at);
  }
}

const str = (value: CellValue | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

const mapKey = (entry: MarkedRef, key: string | undefined): MarkedRef | undefined =>
  key === undefined ? undefined : { key, inferred: entry.inferred };
