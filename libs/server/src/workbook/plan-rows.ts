import type { EntityManager } from 'typeorm';
import type { WorkbookSheet } from '@pejling/contracts';
import { initiativeCodeOrder } from '../plan/rules/initiative-order';
import type { CellValue, MarkedRef } from './sheets';

/** A stored record as a row of its sheet: its id and version, and its canonical values. */
export interface StoredRow {
  id: number | null;
  version: number | null;
  values: Record<string, CellValue>;
}

export type PlanRows = Record<WorkbookSheet, StoredRow[]>;

/** Empty text is no value: a blank cell and an empty description are the same. */
const text = (value: string | null): string | null =>
  value === null || value === '' ? null : value;
const number = (value: string | number | null): number | null =>
  value === null ? null : Number(value);

/**
 * The stored plan as the workbook's rows, in canonical values (see sheets.ts): one
 * strategy's records, and every organisation and person (which no strategy owns). Without a
 * strategy, only the organisations and people: what a template for a new strategy starts
 * from. Read in the caller's transaction, so that a preview and its apply see one state.
 */
export async function readPlanRows(
  manager: EntityManager,
  strategyId: number | null,
): Promise<PlanRows> {
  const q = <T>(sql: string, params: unknown[] = []) => manager.query<T[]>(sql, params);
  const s = [strategyId];
  const planned = strategyId !== null;

  const [organisations, people] = await Promise.all([
    q<
      Row & {
        short_name: string;
        name: string;
        kind: string;
        region: string | null;
        contact: string | null;
      }
    >(
      `SELECT o.id, o.version, o.short_name, o.name, o.kind, o.region, p.email AS contact
         FROM organisations o LEFT JOIN people p ON p.id = o.contact_person_id
        ORDER BY lower(o.short_name)`,
    ),
    q<
      Row & {
        name: string;
        email: string;
        organisation: string | null;
        title: string | null;
        role: string;
        language: string;
        active: boolean;
      }
    >(
      `SELECT p.id, p.version, p.name, p.email, o.short_name AS organisation, p.title, p.role,
              p.language, p.active
         FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
        ORDER BY lower(p.name), p.id`,
    ),
  ]);
  // One after another: a transaction's queries run one at a time on its connection anyway.
  const strategy = planned
    ? await q<
        Row & {
          name: string;
          subtitle: string | null;
          period_start: string;
          period_end: string;
          vision: string;
        }
      >(
        `SELECT id, version, name, subtitle, period_start::text, period_end::text, vision
           FROM strategies WHERE id = $1`,
        s,
      )
    : [];
  const focusAreas = planned
    ? await q<Row & { code: string; title: string; description: string; sort_order: number }>(
        `SELECT id, version, code, title, description, sort_order FROM focus_areas
          WHERE strategy_id = $1 ORDER BY sort_order, code`,
        s,
      )
    : [];
  const initiatives = planned
    ? await q<
        Row & {
          code: string;
          focus_area: string;
          title: string;
          description: string;
          leads: MarkedRef[];
          partners: string[];
          responsible: string[];
          start_date: string | null;
          end_date: string | null;
          status: string;
          health: string | null;
          progress_override: number | null;
          progress_override_reason: string | null;
        }
      >(
        `SELECT i.id, i.version, i.code, f.code AS focus_area, i.title, i.description,
                coalesce((SELECT json_agg(json_build_object('key', o.short_name, 'inferred', l.inferred) ORDER BY l.position)
                   FROM initiative_leads l JOIN organisations o ON o.id = l.organisation_id
                  WHERE l.initiative_id = i.id), '[]') AS leads,
                ARRAY(SELECT o.short_name FROM initiative_partners ip JOIN organisations o ON o.id = ip.organisation_id
                       WHERE ip.initiative_id = i.id ORDER BY lower(o.short_name)) AS partners,
                ARRAY(SELECT p.email FROM initiative_responsibles ir JOIN people p ON p.id = ir.person_id
                       WHERE ir.initiative_id = i.id ORDER BY lower(p.email)) AS responsible,
                i.start_date::text, i.end_date::text, i.status, i.health, i.progress_override,
                i.progress_override_reason
           FROM initiatives i JOIN focus_areas f ON f.id = i.focus_area_id
          WHERE i.strategy_id = $1 ORDER BY ${initiativeCodeOrder('i.code')}`,
        s,
      )
    : [];
  const milestones = planned
    ? await q<
        Row & {
          initiative: string;
          title: string;
          description: string;
          due_date: string;
          original_due_date: string;
          responsible: string | null;
          status: string;
          completed_on: string | null;
        }
      >(
        `SELECT m.id, m.version, i.code AS initiative, m.title, m.description, m.due_date::text,
                m.original_due_date::text, p.email AS responsible, m.status, m.completed_on::text
           FROM milestones m JOIN initiatives i ON i.id = m.initiative_id
           LEFT JOIN people p ON p.id = m.responsible_person_id
          WHERE i.strategy_id = $1 ORDER BY ${initiativeCodeOrder('i.code')}, m.due_date, m.id`,
        s,
      )
    : [];
  const targets = planned
    ? await q<
        Row & {
          number: number;
          title: string;
          description: string;
          unit: string;
          by_region: boolean;
          owner: string | null;
          owner_person: string | null;
        }
      >(
        `SELECT t.id, t.version, t.number, t.title, t.description, t.unit, t.by_region,
                o.short_name AS owner, p.email AS owner_person
           FROM targets t LEFT JOIN organisations o ON o.id = t.data_owner_organisation_id
           LEFT JOIN people p ON p.id = t.data_owner_person_id
          WHERE t.strategy_id = $1 ORDER BY t.number`,
        s,
      )
    : [];
  const series = planned
    ? await q<{
        target: number;
        key: string;
        label: string;
        baseline_value: string | null;
        baseline_year: number | null;
        target_value: string | null;
        target_year: number | null;
        owner: string | null;
        owner_person: string | null;
      }>(
        `SELECT t.number AS target, s.key, s.label, s.baseline_value, s.baseline_year,
                s.target_value, s.target_year, o.short_name AS owner, p.email AS owner_person
           FROM target_series s JOIN targets t ON t.id = s.target_id
           LEFT JOIN organisations o ON o.id = s.data_owner_organisation_id
           LEFT JOIN people p ON p.id = s.data_owner_person_id
          WHERE t.strategy_id = $1 ORDER BY t.number, s.sort_order, s.key`,
        s,
      )
    : [];
  const links = planned
    ? await q<{ target: number; initiative: string; contribution: string; inferred: boolean }>(
        `SELECT t.number AS target, i.code AS initiative, it.contribution, it.inferred
           FROM initiative_targets it JOIN targets t ON t.id = it.target_id
           JOIN initiatives i ON i.id = it.initiative_id
          WHERE t.strategy_id = $1 ORDER BY t.number, ${initiativeCodeOrder('i.code')}`,
        s,
      )
    : [];
  const measurements = planned
    ? await q<
        Row & {
          target: number;
          series_key: string;
          year: number;
          region: string | null;
          value: string;
          source: string | null;
          state: string;
          return_reason: string | null;
          proposed_by: string | null;
        }
      >(
        `SELECT x.id, x.version, t.number AS target, s.key AS series_key, x.year, x.region, x.value,
                x.source, x.state, x.return_reason, p.email AS proposed_by
           FROM measurements x JOIN target_series s ON s.id = x.series_id
           JOIN targets t ON t.id = s.target_id
           LEFT JOIN people p ON p.id = x.proposed_by_person_id
          WHERE t.strategy_id = $1 ORDER BY t.number, s.sort_order, x.year, x.region NULLS FIRST`,
        s,
      )
    : [];

  const stored = (r: Row, values: Record<string, CellValue>): StoredRow => ({
    id: r.id,
    version: r.version,
    values,
  });
  const part = (values: Record<string, CellValue>): StoredRow => ({
    id: null,
    version: null,
    values,
  });
  return {
    strategy: strategy.map((r) =>
      stored(r, {
        name: r.name,
        subtitle: text(r.subtitle),
        periodStart: r.period_start,
        periodEnd: r.period_end,
        vision: text(r.vision),
      }),
    ),
    focusAreas: focusAreas.map((r) =>
      stored(r, {
        code: r.code,
        title: r.title,
        description: text(r.description),
        sortOrder: r.sort_order,
      }),
    ),
    initiatives: initiatives.map((r) =>
      stored(r, {
        code: r.code,
        focusArea: r.focus_area,
        title: r.title,
        description: text(r.description),
        leadOrganisations: r.leads,
        partnerOrganisations: r.partners,
        responsiblePeople: r.responsible,
        startDate: r.start_date,
        endDate: r.end_date,
        status: r.status,
        health: r.health,
        progressOverride: r.progress_override,
        progressOverrideReason: text(r.progress_override_reason),
      }),
    ),
    milestones: milestones.map((r) =>
      stored(r, {
        initiative: r.initiative,
        title: r.title,
        description: text(r.description),
        dueDate: r.due_date,
        originalDueDate: r.original_due_date,
        responsiblePerson: r.responsible,
        status: r.status,
        completedOn: r.completed_on,
      }),
    ),
    organisations: organisations.map((r) =>
      stored(r, {
        shortName: r.short_name,
        name: r.name,
        kind: r.kind,
        region: r.region,
        contactPerson: r.contact,
      }),
    ),
    people: people.map((r) =>
      stored(r, {
        name: r.name,
        email: r.email,
        organisation: r.organisation,
        title: text(r.title),
        role: r.role,
        language: r.language,
        active: r.active,
      }),
    ),
    targets: targets.map((r) =>
      stored(r, {
        number: r.number,
        title: r.title,
        description: text(r.description),
        unit: text(r.unit),
        byRegion: r.by_region,
        dataOwnerOrganisation: r.owner,
        dataOwnerPerson: r.owner_person,
      }),
    ),
    series: series.map((r) =>
      part({
        target: String(r.target),
        key: r.key,
        label: r.label,
        baselineValue: number(r.baseline_value),
        baselineYear: r.baseline_year,
        targetValue: number(r.target_value),
        targetYear: r.target_year,
        dataOwnerOrganisation: r.owner,
        dataOwnerPerson: r.owner_person,
      }),
    ),
    targetLinks: links.map((r) =>
      part({
        target: String(r.target),
        initiative: r.initiative,
        contribution: text(r.contribution),
        inferred: r.inferred,
      }),
    ),
    measurements: measurements.map((r) =>
      stored(r, {
        target: String(r.target),
        seriesKey: r.series_key,
        year: r.year,
        region: r.region,
        value: Number(r.value),
        source: text(r.source),
        state: r.state,
        returnReason: text(r.return_reason),
        proposedBy: r.proposed_by,
      }),
    ),
  };
}

interface Row {
  id: number;
  version: number;
}
