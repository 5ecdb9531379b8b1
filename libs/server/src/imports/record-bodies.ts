import type { WorkbookSheet } from '@pejling/contracts';
import { TRANSFERRED } from '../records/transferred';
import type { CellValue, MarkedRef, RefTarget } from '../workbook/sheets';

/** The ids of the records a workbook's keys name, per kind: filled as the import writes. */
export type RecordIds = Record<RefTarget, Map<string, number>>;

export const normalKey = (key: string) => key.trim().toLocaleLowerCase('da');

export function emptyIds(): RecordIds {
  return {
    organisations: new Map(),
    people: new Map(),
    focusAreas: new Map(),
    initiatives: new Map(),
    targets: new Map(),
  };
}

/**
 * A record's canonical values as the body of its create or update, as the API takes it:
 * keys become ids (`ids`; a key not there yet, of a record the import is still to make,
 * becomes its `placeholder`, one per key, enough to validate the body), empty texts the
 * API's empties.
 * What no body may set (a milestone's original due date, inferred leads, a figure's
 * approval) travels under `TRANSFERRED`.
 */
export function recordBody(
  sheet: WorkbookSheet,
  v: Record<string, CellValue>,
  ids: RecordIds,
  context: { strategyId: number; placeholder?: (to: RefTarget, key: string) => number },
  parts?: { series: Record<string, CellValue>[]; targetLinks: Record<string, CellValue>[] },
): Record<string | symbol, unknown> {
  const id = (to: RefTarget, key: CellValue | undefined): number | null => {
    if (key === null || key === undefined) return null;
    const found = ids[to].get(normalKey(String(key)));
    if (found !== undefined) return found;
    if (context.placeholder) return context.placeholder(to, normalKey(String(key)));
    throw new Error(`import: no ${to} "${String(key)}" written before its use`);
  };
  const many = (to: RefTarget, keys: CellValue | undefined) =>
    ((keys ?? []) as (string | MarkedRef)[]).map(
      (k) => id(to, typeof k === 'string' ? k : k.key) as number,
    );
  const text = (value: CellValue | undefined) => (value ?? '') as string;
  const orNull = <T>(value: CellValue | undefined) => (value ?? null) as T | null;
  switch (sheet) {
    case 'strategy':
      return {
        name: v['name'],
        subtitle: orNull(v['subtitle']),
        periodStart: v['periodStart'],
        periodEnd: v['periodEnd'],
        vision: text(v['vision']),
      };
    case 'focusAreas':
      return {
        strategyId: context.strategyId,
        code: v['code'],
        title: v['title'],
        description: text(v['description']),
        ...(v['sortOrder'] == null ? {} : { sortOrder: v['sortOrder'] }),
      };
    case 'initiatives': {
      const leads = (v['leadOrganisations'] ?? []) as MarkedRef[];
      return {
        focusAreaId: id('focusAreas', v['focusArea']),
        code: v['code'],
        title: v['title'],
        description: text(v['description']),
        leadOrganisationIds: many('organisations', leads),
        partnerOrganisationIds: many('organisations', v['partnerOrganisations']),
        responsiblePersonIds: many('people', v['responsiblePeople']),
        startDate: orNull(v['startDate']),
        endDate: orNull(v['endDate']),
        status: v['status'] ?? 'not_started',
        health: orNull(v['health']),
        progressOverride: orNull(v['progressOverride']),
        progressOverrideReason: orNull(v['progressOverrideReason']),
        [TRANSFERRED]: {
          inferredLeadOrganisationIds: many(
            'organisations',
            leads.filter((lead) => lead.inferred),
          ),
        },
      };
    }
    case 'milestones':
      return {
        initiativeId: id('initiatives', v['initiative']),
        title: v['title'],
        description: text(v['description']),
        dueDate: v['dueDate'],
        responsiblePersonId: id('people', v['responsiblePerson']),
        status: v['status'] ?? 'planned',
        completedOn: orNull(v['completedOn']),
        [TRANSFERRED]: { originalDueDate: v['originalDueDate'] ?? v['dueDate'] },
      };
    case 'organisations':
      return {
        shortName: v['shortName'],
        name: v['name'],
        kind: v['kind'],
        region: orNull(v['region']),
        contactPersonId: id('people', v['contactPerson']),
      };
    case 'people':
      return {
        name: v['name'],
        email: v['email'],
        organisationId: id('organisations', v['organisation']),
        title: orNull(v['title']),
        role: v['role'] ?? 'owner',
        language: v['language'] ?? 'da',
        active: v['active'] ?? true,
      };
    case 'targets':
      return {
        strategyId: context.strategyId,
        number: v['number'],
        title: v['title'],
        description: text(v['description']),
        unit: text(v['unit']),
        byRegion: v['byRegion'] ?? false,
        dataOwnerOrganisationId: id('organisations', v['dataOwnerOrganisation']),
        dataOwnerPersonId: id('people', v['dataOwnerPerson']),
        series: (parts?.series ?? []).map((s) => ({
          key: s['key'],
          label: s['label'],
          baselineValue: orNull(s['baselineValue']),
          baselineYear: orNull(s['baselineYear']),
          targetValue: orNull(s['targetValue']),
          targetYear: orNull(s['targetYear']),
          dataOwnerOrganisationId: id('organisations', s['dataOwnerOrganisation']),
          dataOwnerPersonId: id('people', s['dataOwnerPerson']),
        })),
        initiativeLinks: (parts?.targetLinks ?? []).map((link) => ({
          initiativeId: id('initiatives', link['initiative']),
          contribution: text(link['contribution']),
          inferred: link['inferred'] ?? false,
        })),
      };
    case 'measurements':
      return {
        targetId: id('targets', v['target']),
        seriesKey: v['seriesKey'],
        year: v['year'],
        region: orNull(v['region']),
        value: v['value'],
        source: text(v['source']),
        [TRANSFERRED]: {
          state: v['state'] ?? 'approved',
          returnReason: orNull(v['returnReason']),
          proposedByPersonId: id('people', v['proposedBy']),
        },
      };
    case 'series':
    case 'targetLinks':
      throw new Error(`import: a ${sheet} row is written as part of its target`);
  }
}

/** Which column of a sheet a body's field comes from, for naming it in an error. */
export const COLUMN_OF_FIELD: Record<string, string> = {
  focusAreaId: 'focusArea',
  leadOrganisationIds: 'leadOrganisations',
  partnerOrganisationIds: 'partnerOrganisations',
  responsiblePersonIds: 'responsiblePeople',
  initiativeId: 'initiative',
  responsiblePersonId: 'responsiblePerson',
  contactPersonId: 'contactPerson',
  organisationId: 'organisation',
  dataOwnerOrganisationId: 'dataOwnerOrganisation',
  dataOwnerPersonId: 'dataOwnerPerson',
  targetId: 'target',
};
