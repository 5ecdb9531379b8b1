import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InitiativeRecord, Language, MilestoneRecord } from '@pejling/contracts';
import type { Actor } from '../records/actor';
import { ListParams, parseListParams } from '../records/list-params';
import { InitiativesService } from '../plan/initiatives/initiatives.service';
import { MilestonesService } from '../plan/milestones/milestones.service';
import { parseLanguage } from '../core/i18n/language';
import { EXPORT_LABELS, ExportLabels } from './export-labels';
import { Cell, Table, toCsv, toXlsx } from './table-files';

/** The most rows one export may hold; narrow the filter to export more in parts. */
export const MAX_EXPORT_ROWS = 50_000;

export type ExportFormat = 'csv' | 'xlsx';
export type ExportResource = 'milestones' | 'initiatives';

export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const DATE_FORMATS: Record<Language, string> = { da: 'dd-mm-yyyy', en: 'yyyy-mm-dd' };

/** Names to show instead of ids: `{ id → name }` per kind of record. */
interface Names {
  initiatives: Map<number, { code: string; title: string }>;
  focusAreas: Map<number, string>;
  people: Map<number, string>;
  organisations: Map<number, string>;
}

const day = (value: string | null): Cell => (value ? { date: value } : null);

/**
 * The milestones and initiatives lists as files: the same filter, sort and role check as
 * the list (it is the list's query, with every row instead of a page), with names instead of
 * ids and enum values in the chosen language.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly milestones: MilestonesService,
    private readonly initiatives: InitiativesService,
  ) {}

  async export(
    resource: ExportResource,
    format: ExportFormat,
    query: Record<string, unknown>,
    actor: Actor,
  ): Promise<ExportFile> {
    const { lang, ...listQuery } = query;
    const language = parseLanguage(lang);
    if ('range' in listQuery) {
      throw new BadRequestException('range: an export holds every matching row; leave it out');
    }
    const params: ListParams = { ...parseListParams(listQuery), range: [0, MAX_EXPORT_ROWS - 1] };
    const labels = EXPORT_LABELS[language];
    const table =
      resource === 'milestones'
        ? this.milestoneTable(
            await this.all(this.milestones, params, actor),
            labels,
            await this.names(),
          )
        : this.initiativeTable(
            await this.all(this.initiatives, params, actor),
            labels,
            await this.names(),
          );
    const body = format === 'csv' ? toCsv(table) : await toXlsx(table, DATE_FORMATS[language]);
    return {
      body,
      contentType: CONTENT_TYPES[format],
      // ASCII, so that the header needs no encoding: the same name in either language.
      fileName: `pejling-${resource}.${format}`,
    };
  }

  private async all<R>(
    service: { list(params: ListParams, actor: Actor): Promise<{ rows: R[]; total: number }> },
    params: ListParams,
    actor: Actor,
  ): Promise<R[]> {
    // Counted first (with one row), so that a too-wide filter does not read 50 000 rows.
    const { total } = await service.list({ ...params, range: [0, 0] }, actor);
    if (total > MAX_EXPORT_ROWS) {
      throw new BadRequestException(
        `the filter matches ${total} rows; an export holds at most ${MAX_EXPORT_ROWS}: narrow the filter`,
      );
    }
    const { rows } = await service.list(params, actor);
    return rows;
  }

  private async names(): Promise<Names> {
    const query = <T>(sql: string) => this.dataSource.query<T[]>(sql);
    const [initiatives, focusAreas, people, organisations] = await Promise.all([
      query<{ id: number; code: string; title: string }>('SELECT id, code, title FROM initiatives'),
      query<{ id: number; name: string }>(
        `SELECT id, code || ' ' || title AS name FROM focus_areas`,
      ),
      query<{ id: number; name: string }>('SELECT id, name FROM people'),
      query<{ id: number; name: string }>(
        `SELECT id, coalesce(nullif(short_name, ''), name) AS name FROM organisations`,
      ),
    ]);
    const byId = (rows: { id: number; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));
    return {
      initiatives: new Map(initiatives.map((r) => [r.id, r])),
      focusAreas: byId(focusAreas),
      people: byId(people),
      organisations: byId(organisations),
    };
  }

  private milestoneTable(rows: MilestoneRecord[], l: ExportLabels, names: Names): Table {
    return {
      title: l.milestones,
      headers: [
        l.id,
        l.initiativeCode,
        l.initiativeTitle,
        l.focusArea,
        l.title,
        l.description,
        l.dueDate,
        l.responsiblePerson,
        l.status,
        l.completedOn,
        l.overdue,
      ],
      rows: rows.map((m) => [
        m.id,
        names.initiatives.get(m.initiativeId)?.code ?? null,
        names.initiatives.get(m.initiativeId)?.title ?? null,
        names.focusAreas.get(m.focusAreaId) ?? null,
        m.title,
        m.description,
        day(m.dueDate),
        m.responsiblePersonId === null ? null : (names.people.get(m.responsiblePersonId) ?? null),
        l.milestoneStatus[m.status],
        day(m.completedOn),
        m.overdue ? l.yes : l.no,
      ]),
    };
  }

  private initiativeTable(rows: InitiativeRecord[], l: ExportLabels, names: Names): Table {
    return {
      title: l.initiatives,
      headers: [
        l.code,
        l.title,
        l.focusArea,
        l.leadOrganisations,
        l.responsiblePeople,
        l.status,
        l.healthColumn,
        l.progress,
        l.startDate,
        l.endDate,
        l.description,
      ],
      rows: rows.map((i) => [
        i.code,
        i.title,
        names.focusAreas.get(i.focusAreaId) ?? null,
        leadNames(i, l, names),
        i.responsiblePersonIds.map((id) => names.people.get(id) ?? `#${id}`).join(', '),
        l.initiativeStatus[i.status],
        i.health === null ? null : l.health[i.health],
        i.progress,
        day(i.startDate),
        day(i.endDate),
        i.description,
      ]),
    };
  }
}

/** "UFM, Klyngeforum (udledt)": the leads in order, an inferred one marked as such. */
function leadNames(initiative: InitiativeRecord, l: ExportLabels, names: Names): string | null {
  if (!initiative.leadOrganisationIds.length) return null;
  return initiative.leadOrganisationIds
    .map((id) => {
      const name = names.organisations.get(id) ?? `#${id}`;
      return initiative.inferredLeadOrganisationIds.includes(id) ? `${name} (${l.inferred})` : name;
    })
    .join(', ');
}
