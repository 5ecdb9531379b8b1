import {
  assessSeries,
  type PlanResourceName as ResourceName,
  type TargetSeries,
} from '@pejling/contracts';
import { TODAY } from './accounts';
import type { Body, World } from './factories';

type Rec = { id: number; version: number };

/** One list filter and the world's records it must answer, by id. */
export interface FilterCase {
  name: string;
  filter: (w: World) => Body;
  expected: (w: World) => { id: number }[];
}

/** A value of the wrong kind for one field; `field` may be a path such as `series.0.label`. */
export interface WrongValue {
  field: string;
  value: unknown;
}

/**
 * What the shared REST contract tests need to know about one resource. Everything is
 * stated against the world of `createWorld`, so that expectations are exact.
 */
export interface ResourceCase {
  resource: ResourceName;
  /** The world's records of this resource, in the order they were created (ascending id). */
  records: (w: World) => Rec[];
  /** An allowed sort field whose ascending order is given (descending is its reverse). */
  sort: { field: string; ascending: (w: World) => { id: number }[] };
  filters: FilterCase[];
  /** A complete, valid create body that clashes with nothing in the world. */
  create: (w: World) => Body;
  /** The fields the server derives for that body, besides id, version and timestamps. */
  derived: (w: World) => Body;
  /** The record a PUT changes, and what it changes. */
  update: { record: (w: World) => Rec; change: (w: World) => Body };
  /**
   * Computed fields of a record as react-admin's edit form sends them back, with values
   * that would be wrong if the server took them; it must ignore them.
   */
  staleComputed?: (w: World) => Body;
  required: string[];
  wrongValues: WrongValue[];
  /** Fields that name another record; 999999 (or [999999]) names none. */
  foreignKeys: { field: string; value: unknown }[];
}

const MISSING = 999_999;
const list = <T>(...records: T[]) => records;

/** A target of two series and a link, for the vaekst strategy, as a client creates one. */
const newTarget = (w: World): Body => ({
  strategyId: w.strategies.vaekst.id,
  number: 2,
  title: 'Andel digitale klynger',
  description: 'Et nyt mål',
  initiativeLinks: [
    {
      initiativeId: w.initiatives.vaekstA1.id,
      contribution: 'Digitale klynger',
      inferred: false,
    },
  ],
  unit: 'pct.',
  byRegion: false,
  dataOwnerOrganisationId: w.organisations.ufm.id,
  dataOwnerPersonId: w.people.anna.id,
  series: [
    {
      key: 'main',
      label: 'Andel',
      baselineValue: 12.5,
      baselineYear: 2018,
      targetValue: 20,
      targetYear: 2021,
      dataOwnerOrganisationId: null,
      dataOwnerPersonId: null,
    },
    {
      key: 'extra',
      label: 'Ekstra',
      baselineValue: null,
      baselineYear: null,
      targetValue: null,
      targetYear: null,
      dataOwnerOrganisationId: w.organisations.ced.id,
      dataOwnerPersonId: null,
    },
  ],
});

export const RESOURCE_CASES: ResourceCase[] = [
  {
    resource: 'strategies',
    records: (w) => list(w.strategies.klynge, w.strategies.vaekst, w.strategies.arkiv),
    sort: {
      field: 'periodStart',
      ascending: (w) => list(w.strategies.arkiv, w.strategies.klynge, w.strategies.vaekst),
    },
    filters: [
      {
        name: 'q (case and accents as written)',
        filter: () => ({ q: 'VÆKST' }),
        expected: (w) => list(w.strategies.vaekst),
      },
      {
        name: 'q on the subtitle',
        filter: () => ({ q: 'danmarks' }),
        expected: (w) => list(w.strategies.klynge),
      },
      {
        name: 'id (getMany)',
        filter: (w) => ({ id: [w.strategies.klynge.id, w.strategies.arkiv.id] }),
        expected: (w) => list(w.strategies.klynge, w.strategies.arkiv),
      },
    ],
    create: () => ({
      name: 'Ny strategi',
      subtitle: 'Til test',
      periodStart: '2022-01-01',
      periodEnd: '2024-12-31',
      vision: 'En vision',
    }),
    derived: () => ({}),
    update: {
      record: (w) => w.strategies.klynge,
      change: () => ({ name: 'Klyngestrategi 2.1', vision: 'Ny vision', periodEnd: '2019-06-30' }),
    },
    required: ['name', 'periodStart', 'periodEnd'],
    wrongValues: [
      { field: 'name', value: 42 },
      { field: 'periodStart', value: '2017-02-30' },
      { field: 'periodEnd', value: 20181231 },
      { field: 'subtitle', value: ['x'] },
    ],
    foreignKeys: [],
  },
  {
    resource: 'focus-areas',
    records: (w) => list(w.focusAreas.areaA, w.focusAreas.areaB, w.focusAreas.areaVaekstA),
    sort: {
      field: 'code',
      ascending: (w) => list(w.focusAreas.areaA, w.focusAreas.areaVaekstA, w.focusAreas.areaB),
    },
    filters: [
      {
        name: 'q',
        filter: () => ({ q: 'internationali' }),
        expected: (w) => list(w.focusAreas.areaB),
      },
      {
        name: 'strategyId',
        filter: (w) => ({ strategyId: w.strategies.vaekst.id }),
        expected: (w) => list(w.focusAreas.areaVaekstA),
      },
      {
        name: 'id (getMany)',
        filter: (w) => ({ id: [w.focusAreas.areaB.id] }),
        expected: (w) => list(w.focusAreas.areaB),
      },
    ],
    create: (w) => ({
      strategyId: w.strategies.klynge.id,
      code: 'C',
      title: 'Kompetencer',
      description: 'Om kompetencer',
      sortOrder: 7,
    }),
    derived: () => ({}),
    update: {
      record: (w) => w.focusAreas.areaA,
      change: () => ({ title: 'Forskning', sortOrder: 9 }),
    },
    required: ['strategyId', 'code', 'title'],
    wrongValues: [
      { field: 'strategyId', value: '1' },
      { field: 'code', value: 1 },
      { field: 'code', value: 'AA' },
      { field: 'sortOrder', value: '2' },
    ],
    foreignKeys: [{ field: 'strategyId', value: MISSING }],
  },
  {
    resource: 'initiatives',
    records: (w) =>
      list(w.initiatives.a1, w.initiatives.a2, w.initiatives.b1, w.initiatives.vaekstA1),
    sort: {
      field: 'status',
      // completed, in_progress, not_started, on_hold
      ascending: (w) =>
        list(w.initiatives.b1, w.initiatives.a1, w.initiatives.a2, w.initiatives.vaekstA1),
    },
    filters: [
      { name: 'q', filter: () => ({ q: 'synlighed' }), expected: (w) => list(w.initiatives.b1) },
      {
        name: 'q with two words in any order',
        filter: () => ({ q: 'klynger uddannelse' }),
        expected: (w) => list(w.initiatives.a2),
      },
      {
        name: 'strategyId',
        filter: (w) => ({ strategyId: w.strategies.vaekst.id }),
        expected: (w) => list(w.initiatives.vaekstA1),
      },
      {
        name: 'focusAreaId',
        filter: (w) => ({ focusAreaId: w.focusAreas.areaA.id }),
        expected: (w) => list(w.initiatives.a1, w.initiatives.a2),
      },
      {
        name: 'leadOrganisationId',
        filter: (w) => ({ leadOrganisationId: w.organisations.ced.id }),
        expected: (w) => list(w.initiatives.a2),
      },
      {
        name: 'leadOrganisationId null',
        filter: () => ({ leadOrganisationId: null }),
        expected: (w) => list(w.initiatives.vaekstA1),
      },
      {
        name: 'partnerOrganisationId',
        filter: (w) => ({ partnerOrganisationId: w.organisations.ufm.id }),
        expected: (w) => list(w.initiatives.b1),
      },
      {
        name: 'targetId',
        filter: (w) => ({ targetId: w.targets.virksomheder.id }),
        expected: (w) => list(w.initiatives.a1),
      },
      {
        name: 'responsiblePersonId',
        filter: (w) => ({ responsiblePersonId: w.people.bo.id }),
        expected: (w) => list(w.initiatives.a2, w.initiatives.b1),
      },
      {
        name: 'status (several)',
        filter: () => ({ status: ['in_progress', 'completed'] }),
        expected: (w) => list(w.initiatives.a1, w.initiatives.b1),
      },
      {
        name: 'health',
        filter: () => ({ health: 'amber' }),
        expected: (w) => list(w.initiatives.a2),
      },
      {
        name: 'id (getMany)',
        filter: (w) => ({ id: [w.initiatives.a2.id, w.initiatives.vaekstA1.id] }),
        expected: (w) => list(w.initiatives.a2, w.initiatives.vaekstA1),
      },
    ],
    create: (w) => ({
      focusAreaId: w.focusAreas.areaB.id,
      code: 'B.2',
      title: 'Ny indsats',
      description: 'Beskrivelse',
      leadOrganisationIds: [w.organisations.ufm.id],
      partnerOrganisationIds: [w.organisations.rh.id, w.organisations.ced.id],
      responsiblePersonIds: [w.people.carl.id],
      startDate: '2017-01-01',
      endDate: '2018-06-30',
      status: 'in_progress',
      health: 'green',
      progressOverride: null,
      progressOverrideReason: null,
    }),
    derived: (w) => ({
      strategyId: w.strategies.klynge.id,
      inferredLeadOrganisationIds: [],
      progress: 0,
      progressMethod: 'no_milestones',
      progressComputed: null,
      milestonesDone: 0,
      milestonesCounted: 0,
      milestonesOverdue: 0,
    }),
    update: {
      record: (w) => w.initiatives.a1,
      change: (w) => ({
        title: 'Brobygning',
        health: 'red',
        partnerOrganisationIds: [w.organisations.rh.id],
        responsiblePersonIds: [w.people.bo.id, w.people.carl.id],
      }),
    },
    // A.1 has one done milestone of two: progress 50 by milestones.
    staleComputed: (w) => ({
      strategyId: w.strategies.vaekst.id,
      inferredLeadOrganisationIds: [w.organisations.ufm.id],
      progress: 99,
      progressMethod: 'override',
      progressComputed: 98,
      milestonesDone: 7,
      milestonesCounted: 9,
      milestonesOverdue: 4,
    }),
    required: ['focusAreaId', 'code', 'title'],
    wrongValues: [
      { field: 'focusAreaId', value: '1' },
      { field: 'title', value: 7 },
      { field: 'status', value: 'finished' },
      { field: 'health', value: 'blue' },
      { field: 'startDate', value: '2017-02-30' },
      { field: 'partnerOrganisationIds', value: '1' },
      { field: 'progressOverride', value: '50' },
    ],
    foreignKeys: [
      { field: 'focusAreaId', value: MISSING },
      { field: 'leadOrganisationIds', value: [MISSING] },
      { field: 'partnerOrganisationIds', value: [MISSING] },
      { field: 'responsiblePersonIds', value: [MISSING] },
    ],
  },
  {
    resource: 'milestones',
    records: (w) =>
      list(w.milestones.workshop, w.milestones.rapport, w.milestones.messe, w.milestones.kickoff),
    sort: {
      field: 'dueDate',
      ascending: (w) =>
        list(w.milestones.messe, w.milestones.workshop, w.milestones.rapport, w.milestones.kickoff),
    },
    filters: [
      { name: 'q', filter: () => ({ q: 'hamborg' }), expected: (w) => list(w.milestones.messe) },
      {
        name: 'initiativeId',
        filter: (w) => ({ initiativeId: w.initiatives.a1.id }),
        expected: (w) => list(w.milestones.workshop, w.milestones.rapport),
      },
      {
        name: 'focusAreaId',
        filter: (w) => ({ focusAreaId: w.focusAreas.areaB.id }),
        expected: (w) => list(w.milestones.messe),
      },
      {
        name: 'strategyId',
        filter: (w) => ({ strategyId: w.strategies.vaekst.id }),
        expected: (w) => list(w.milestones.kickoff),
      },
      {
        name: 'responsiblePersonId',
        filter: (w) => ({ responsiblePersonId: w.people.anna.id }),
        expected: (w) => list(w.milestones.workshop),
      },
      {
        name: 'status',
        filter: () => ({ status: 'done' }),
        expected: (w) => list(w.milestones.rapport),
      },
      {
        name: 'dueFrom (inclusive)',
        filter: () => ({ dueFrom: '2017-03-01' }),
        expected: (w) => list(w.milestones.workshop, w.milestones.rapport, w.milestones.kickoff),
      },
      {
        name: 'dueTo (inclusive)',
        filter: () => ({ dueTo: '2017-03-01' }),
        expected: (w) => list(w.milestones.workshop, w.milestones.messe),
      },
      {
        name: 'overdue',
        filter: () => ({ overdue: true }),
        expected: (w) => list(w.milestones.workshop),
      },
      {
        // None of the world's deadlines has moved (the milestones' own tests move one).
        name: 'moved',
        filter: () => ({ moved: true }),
        expected: () => [],
      },
      {
        name: 'id (getMany)',
        filter: (w) => ({ id: [w.milestones.kickoff.id] }),
        expected: (w) => list(w.milestones.kickoff),
      },
    ],
    create: (w) => ({
      initiativeId: w.initiatives.a2.id,
      title: 'Ny milepæl',
      description: 'Noget skal ske',
      dueDate: '2017-12-01',
      responsiblePersonId: w.people.bo.id,
      status: 'planned',
      completedOn: null,
    }),
    derived: (w) => ({
      focusAreaId: w.focusAreas.areaA.id,
      strategyId: w.strategies.klynge.id,
      overdue: false,
      originalDueDate: '2017-12-01',
      moved: false,
    }),
    update: {
      record: (w) => w.milestones.workshop,
      change: (w) => ({
        title: 'Workshop om fødevarer og klima',
        responsiblePersonId: w.people.carl.id,
        status: 'delayed',
      }),
    },
    // The workshop is overdue, in focus area A of Klyngestrategi 2.0.
    staleComputed: (w) => ({
      overdue: false,
      focusAreaId: w.focusAreas.areaB.id,
      strategyId: w.strategies.vaekst.id,
      originalDueDate: '2000-01-01',
      moved: true,
    }),
    required: ['initiativeId', 'title', 'dueDate'],
    wrongValues: [
      { field: 'initiativeId', value: '1' },
      { field: 'title', value: 42 },
      { field: 'dueDate', value: '2017-02-30' },
      { field: 'dueDate', value: '30-06-2017' },
      { field: 'status', value: 'finished' },
      { field: 'responsiblePersonId', value: true },
    ],
    foreignKeys: [
      { field: 'initiativeId', value: MISSING },
      { field: 'responsiblePersonId', value: MISSING },
    ],
  },
  {
    resource: 'organisations',
    records: (w) => list(w.organisations.ufm, w.organisations.rh, w.organisations.ced),
    sort: {
      field: 'shortName',
      ascending: (w) => list(w.organisations.ced, w.organisations.rh, w.organisations.ufm),
    },
    filters: [
      {
        name: 'q on the name',
        filter: () => ({ q: 'forskning' }),
        expected: (w) => list(w.organisations.ufm),
      },
      {
        name: 'q on the short name',
        filter: () => ({ q: 'ced' }),
        expected: (w) => list(w.organisations.ced),
      },
      {
        name: 'kind',
        filter: () => ({ kind: ['ministry', 'region'] }),
        expected: (w) => list(w.organisations.ufm, w.organisations.rh),
      },
      {
        name: 'region',
        filter: () => ({ region: 'hovedstaden' }),
        expected: (w) => list(w.organisations.rh),
      },
      {
        name: 'contactPersonId null',
        filter: () => ({ contactPersonId: null }),
        expected: (w) => list(w.organisations.ufm, w.organisations.rh, w.organisations.ced),
      },
      {
        name: 'id (getMany)',
        filter: (w) => ({ id: [w.organisations.ced.id, w.organisations.ufm.id] }),
        expected: (w) => list(w.organisations.ufm, w.organisations.ced),
      },
    ],
    create: () => ({ name: 'Erhvervsstyrelsen', shortName: 'ERST', kind: 'other', region: null }),
    derived: () => ({ contactPersonId: null }),
    update: {
      record: (w) => w.organisations.rh,
      change: () => ({ name: 'Region H', region: 'sjaelland' }),
    },
    required: ['name', 'shortName', 'kind'],
    wrongValues: [
      { field: 'name', value: 1 },
      { field: 'shortName', value: [] },
      { field: 'kind', value: 'company' },
      { field: 'region', value: 'skaane' },
    ],
    foreignKeys: [{ field: 'contactPersonId', value: MISSING }],
  },
  {
    resource: 'people',
    records: (w) => list(w.people.anna, w.people.bo, w.people.carl),
    sort: { field: 'email', ascending: (w) => list(w.people.anna, w.people.bo, w.people.carl) },
    filters: [
      { name: 'q', filter: () => ({ q: 'lund' }), expected: (w) => list(w.people.bo) },
      {
        name: 'q on the e-mail',
        filter: () => ({ q: 'example.dk' }),
        expected: (w) => list(w.people.carl),
      },
      {
        name: 'organisationId',
        filter: (w) => ({ organisationId: w.organisations.ufm.id }),
        expected: (w) => list(w.people.anna),
      },
      {
        name: 'organisationId null',
        filter: () => ({ organisationId: null }),
        expected: (w) => list(w.people.carl),
      },
      {
        name: 'role',
        filter: () => ({ role: 'steering' }),
        expected: (w) => list(w.people.bo),
      },
      {
        name: 'language',
        filter: () => ({ language: 'en' }),
        expected: (w) => list(w.people.bo),
      },
      {
        name: 'active',
        filter: () => ({ active: false }),
        expected: (w) => list(w.people.carl),
      },
      {
        name: 'remindersEnabled',
        filter: () => ({ remindersEnabled: false }),
        expected: (w) => list(w.people.carl),
      },
      {
        name: 'id (getMany)',
        filter: (w) => ({ id: [w.people.bo.id] }),
        expected: (w) => list(w.people.bo),
      },
    ],
    create: (w) => ({
      name: 'Dorte Dahl',
      email: 'dorte@rh.dk',
      organisationId: w.organisations.rh.id,
      title: 'Chefkonsulent',
    }),
    derived: () => ({
      role: 'owner',
      active: true,
      language: 'da',
      reminderMode: 'digest',
      remindersEnabled: true,
      hasPassword: false,
      calendarFeedSince: null,
    }),
    update: {
      record: (w) => w.people.anna,
      change: () => ({ email: 'anna.holm@ufm.dk', title: null }),
    },
    required: ['name', 'email'],
    wrongValues: [
      { field: 'name', value: 1 },
      { field: 'email', value: 'not-an-email' },
      { field: 'organisationId', value: '1' },
      { field: 'reminderMode', value: 'weekly' },
      { field: 'remindersEnabled', value: 'no' },
    ],
    foreignKeys: [{ field: 'organisationId', value: MISSING }],
  },
  {
    resource: 'targets',
    records: (w) => list(w.targets.virksomheder, w.targets.guld, w.targets.digital),
    sort: {
      field: 'number',
      ascending: (w) => list(w.targets.virksomheder, w.targets.digital, w.targets.guld),
    },
    filters: [
      { name: 'q', filter: () => ({ q: 'guldmærke' }), expected: (w) => list(w.targets.guld) },
      {
        name: 'strategyId',
        filter: (w) => ({ strategyId: w.strategies.klynge.id }),
        expected: (w) => list(w.targets.virksomheder, w.targets.guld),
      },
      {
        name: 'byRegion',
        filter: () => ({ byRegion: true }),
        expected: (w) => list(w.targets.virksomheder, w.targets.digital),
      },
      {
        name: 'id (getMany)',
        filter: (w) => ({ id: [w.targets.digital.id] }),
        expected: (w) => list(w.targets.digital),
      },
    ],
    create: newTarget,
    // A new target has no measurements: its series are assessed on the line alone.
    derived: (w) => {
      const series = (newTarget(w).series as TargetSeries[]).map((one) => ({
        ...one,
        assessment: assessSeries(one, [], TODAY),
      }));
      return { initiativeIds: [w.initiatives.vaekstA1.id], series, assessment: null };
    },
    update: {
      record: (w) => w.targets.virksomheder,
      // A new label: the figures, and so the assessment, stay as they are.
      change: (w) => ({
        title: 'Flere klyngevirksomheder',
        series: [{ ...w.targets.virksomheder.series[0], label: 'Klyngevirksomheder' }],
      }),
    },
    staleComputed: () => ({ assessment: null }),
    required: ['strategyId', 'number', 'title', 'series'],
    wrongValues: [
      { field: 'number', value: '1' },
      { field: 'title', value: 5 },
      { field: 'byRegion', value: 'yes' },
      { field: 'series', value: 'main' },
      { field: 'series.0.baselineValue', value: '1600' },
      { field: 'series.0.key', value: 'Main Series' },
    ],
    foreignKeys: [{ field: 'strategyId', value: MISSING }],
  },
  {
    resource: 'measurements',
    records: (w) =>
      list(
        w.measurements.basis,
        w.measurements.regional,
        w.measurements.guld2016,
        w.measurements.soelv2016,
      ),
    sort: {
      field: 'value',
      ascending: (w) =>
        list(
          w.measurements.soelv2016,
          w.measurements.guld2016,
          w.measurements.basis,
          w.measurements.regional,
        ),
    },
    filters: [
      {
        name: 'q',
        filter: () => ({ q: 'regionale' }),
        expected: (w) => list(w.measurements.regional),
      },
      {
        name: 'targetId',
        filter: (w) => ({ targetId: w.targets.guld.id }),
        expected: (w) => list(w.measurements.guld2016, w.measurements.soelv2016),
      },
      {
        name: 'seriesKey',
        filter: () => ({ seriesKey: 'gold' }),
        expected: (w) => list(w.measurements.guld2016),
      },
      {
        name: 'year',
        filter: () => ({ year: [2016] }),
        expected: (w) =>
          list(w.measurements.regional, w.measurements.guld2016, w.measurements.soelv2016),
      },
      {
        name: 'region',
        filter: () => ({ region: 'hovedstaden' }),
        expected: (w) => list(w.measurements.regional),
      },
      {
        name: 'state',
        filter: () => ({ state: ['approved', 'proposed'] }),
        expected: (w) =>
          list(
            w.measurements.basis,
            w.measurements.regional,
            w.measurements.guld2016,
            w.measurements.soelv2016,
          ),
      },
      {
        name: 'state (none)',
        filter: () => ({ state: 'returned' }),
        expected: () => [],
      },
      {
        name: 'id (getMany)',
        filter: (w) => ({ id: [w.measurements.basis.id] }),
        expected: (w) => list(w.measurements.basis),
      },
    ],
    create: (w) => ({
      targetId: w.targets.virksomheder.id,
      seriesKey: 'main',
      year: 2017,
      region: null,
      value: 1820.5,
      source: 'Opgørelse 2017',
    }),
    // The secretariat's own figure is approved at once.
    derived: () => ({ state: 'approved', returnReason: null, proposedByPersonId: null }),
    update: {
      record: (w) => w.measurements.basis,
      change: () => ({ value: 1650.25, source: 'Rettet tal' }),
    },
    required: ['targetId', 'seriesKey', 'year', 'value', 'source'],
    wrongValues: [
      { field: 'targetId', value: '1' },
      { field: 'seriesKey', value: 7 },
      { field: 'year', value: '2016' },
      { field: 'value', value: '1750' },
      { field: 'region', value: 'skaane' },
    ],
    foreignKeys: [{ field: 'targetId', value: MISSING }],
  },
  {
    resource: 'status-reports',
    records: (w) =>
      list(w.statusReports.rapportA1, w.statusReports.rapportB1, w.statusReports.rapportA2),
    sort: {
      field: 'reportDate',
      ascending: (w) =>
        list(w.statusReports.rapportB1, w.statusReports.rapportA1, w.statusReports.rapportA2),
    },
    filters: [
      {
        name: 'q',
        filter: () => ({ q: 'aflyst' }),
        expected: (w) => list(w.statusReports.rapportB1),
      },
      {
        name: 'initiativeId',
        filter: (w) => ({ initiativeId: w.initiatives.a1.id }),
        expected: (w) => list(w.statusReports.rapportA1),
      },
      {
        name: 'authorPersonId',
        filter: (w) => ({ authorPersonId: w.people.bo.id }),
        expected: (w) => list(w.statusReports.rapportB1),
      },
      {
        name: 'health',
        filter: () => ({ health: 'amber' }),
        expected: (w) => list(w.statusReports.rapportA2),
      },
      {
        name: 'state',
        filter: () => ({ state: 'submitted' }),
        expected: (w) => list(w.statusReports.rapportB1),
      },
      {
        name: 'id (getMany)',
        filter: (w) => ({ id: [w.statusReports.rapportA2.id] }),
        expected: (w) => list(w.statusReports.rapportA2),
      },
      // Reports that answer a round: rounds.spec.ts has them.
      { name: 'roundId', filter: () => ({ roundId: 1 }), expected: () => list() },
    ],
    create: (w) => ({
      initiativeId: w.initiatives.b1.id,
      authorPersonId: w.people.anna.id,
      reportDate: '2017-06-10',
      health: 'amber',
      summary: 'Det går',
      risks: 'Tid',
      nextSteps: 'Møde',
      state: 'draft',
    }),
    derived: () => ({ submittedAt: null, roundId: null, supersedesId: null }),
    update: {
      record: (w) => w.statusReports.rapportA1,
      change: () => ({ summary: 'Workshop holdt med 40 deltagere', health: 'amber' }),
    },
    staleComputed: () => ({ submittedAt: '2001-01-01T00:00:00.000Z' }),
    required: ['initiativeId', 'health'],
    wrongValues: [
      { field: 'initiativeId', value: '1' },
      { field: 'health', value: 'blue' },
      { field: 'state', value: 'final' },
      { field: 'reportDate', value: '2017-02-30' },
      { field: 'summary', value: 5 },
      { field: 'roundId', value: 'one' },
      { field: 'milestoneUpdates', value: 'all done' },
    ],
    foreignKeys: [
      { field: 'initiativeId', value: MISSING },
      { field: 'authorPersonId', value: MISSING },
      { field: 'roundId', value: MISSING },
      { field: 'supersedesId', value: MISSING },
    ],
  },
];

/**
 * A copy of `body` with the value at `path` (`a`, `a.0.b`) replaced, or removed when
 * undefined; what is missing on the way (a list an earlier change emptied) is made.
 */
export function withValue(body: Body, path: string, value: unknown): Body {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const [i, key] of keys.slice(0, -1).entries()) {
    if (node[key] === null || typeof node[key] !== 'object') {
      node[key] = /^\d+$/.test(keys[i + 1]) ? [] : {};
    }
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** Ids in ascending order, as `sort=["id","ASC"]` lists them. */
export const sortedIds = (records: { id: number }[]) =>
  records.map((r) => r.id).sort((a, b) => a - b);
