import type {
  FocusAreaRecord,
  InitiativeRecord,
  MeasurementRecord,
  MilestoneRecord,
  OrganisationRecord,
  PersonRecord,
  ResourceName,
  StatusReportRecord,
  StrategyRecord,
  TargetRecord,
} from '@pejling/contracts';
import { TestApp, createTestApp } from './test-app';

export type Body = Record<string, unknown>;

let serial = 0;
/** A number no other factory call in this process has had: for unique names and e-mails. */
const unique = () => ++serial;

/**
 * Valid request bodies, one per resource, with only what is required plus what keeps them
 * unique. `overrides` replace or add fields; foreign keys are always given by the caller.
 */
export const bodies = {
  strategy: (o: Body = {}): Body => ({
    name: `Strategi ${unique()}`,
    periodStart: '2016-01-01',
    periodEnd: '2018-12-31',
    ...o,
  }),
  focusArea: (o: Body & { strategyId: number; code: string }): Body => ({
    title: `Indsatsområde ${o.code}`,
    ...o,
  }),
  initiative: (o: Body & { focusAreaId: number; code: string }): Body => ({
    title: `Initiativ ${o.code}`,
    ...o,
  }),
  milestone: (o: Body & { initiativeId: number }): Body => ({
    title: `Milepæl ${unique()}`,
    dueDate: '2017-09-30',
    ...o,
  }),
  organisation: (o: Body = {}): Body => {
    const n = unique();
    return { name: `Organisation ${n}`, shortName: `ORG${n}`, kind: 'other', ...o };
  },
  person: (o: Body = {}): Body => {
    const n = unique();
    return { name: `Person ${n}`, email: `person${n}@example.dk`, ...o };
  },
  target: (o: Body & { strategyId: number; number: number }): Body => ({
    title: `Pejlemærke ${o.number}`,
    series: [{ key: 'main', label: 'Antal' }],
    ...o,
  }),
  measurement: (o: Body & { targetId: number }): Body => ({
    seriesKey: 'main',
    year: 2016,
    value: 1,
    source: 'Testkilde',
    ...o,
  }),
  statusReport: (o: Body & { initiativeId: number }): Body => ({ health: 'green', ...o }),
};

/**
 * Creates records through the API, as a client would, so that every record a test starts
 * from has passed the same validation. A refused create fails the test at once, naming
 * the resource and the answer.
 */
export class Factory {
  constructor(private readonly t: TestApp) {}

  /** A record as it reads now. */
  async read<R>(resource: ResourceName, id: number): Promise<R> {
    return (await this.t.http().get(`/api/${resource}/${id}`).expect(200)).body as R;
  }

  async create<R>(resource: ResourceName, body: Body): Promise<R> {
    const res = await this.t.http().post(`/api/${resource}`).send(body);
    if (res.status !== 201) {
      throw new Error(
        `factory: POST /api/${resource} answered ${res.status} ${JSON.stringify(res.body)} to ${JSON.stringify(body)}`,
      );
    }
    return res.body as R;
  }

  strategy(o: Body = {}) {
    return this.create<StrategyRecord>('strategies', bodies.strategy(o));
  }
  focusArea(o: Body & { strategyId: number; code: string }) {
    return this.create<FocusAreaRecord>('focus-areas', bodies.focusArea(o));
  }
  initiative(o: Body & { focusAreaId: number; code: string }) {
    return this.create<InitiativeRecord>('initiatives', bodies.initiative(o));
  }
  milestone(o: Body & { initiativeId: number }) {
    return this.create<MilestoneRecord>('milestones', bodies.milestone(o));
  }
  organisation(o: Body = {}) {
    return this.create<OrganisationRecord>('organisations', bodies.organisation(o));
  }
  person(o: Body = {}) {
    return this.create<PersonRecord>('people', bodies.person(o));
  }
  target(o: Body & { strategyId: number; number: number }) {
    return this.create<TargetRecord>('targets', bodies.target(o));
  }
  measurement(o: Body & { targetId: number }) {
    return this.create<MeasurementRecord>('measurements', bodies.measurement(o));
  }
  statusReport(o: Body & { initiativeId: number }) {
    return this.create<StatusReportRecord>('status-reports', bodies.statusReport(o));
  }
}

/**
 * A small plan with three or more records of every resource, spread over two live
 * strategies so that every filter has something to include and something to leave out.
 * As of the test clock's 2017-06-15, milestone `workshop` is overdue.
 */
export async function createWorld(t: TestApp) {
  const f = new Factory(t);
  const [klynge, vaekst, arkiv] = [
    await f.strategy({
      name: 'Klyngestrategi 2.0',
      subtitle: 'Danmarks klyngestrategi',
      periodStart: '2016-01-01',
      periodEnd: '2018-12-31',
      vision: 'Stærke klynger i hele landet',
    }),
    await f.strategy({
      name: 'Vækstplan for erhvervsfremme',
      periodStart: '2019-01-01',
      periodEnd: '2021-12-31',
    }),
    await f.strategy({
      name: 'Arkiveret plan',
      periodStart: '2010-01-01',
      periodEnd: '2012-12-31',
    }),
  ];
  const [ufm, rh, ced] = [
    await f.organisation({
      name: 'Uddannelses- og Forskningsministeriet',
      shortName: 'UFM',
      kind: 'ministry',
    }),
    await f.organisation({
      name: 'Region Hovedstaden',
      shortName: 'RH',
      kind: 'region',
      region: 'hovedstaden',
    }),
    await f.organisation({
      name: 'Cluster Excellence Denmark',
      shortName: 'CED',
      kind: 'support_organisation',
    }),
  ];
  const [anna, bo, carl] = [
    await f.person({
      name: 'Anna Holm',
      email: 'anna@ufm.dk',
      organisationId: ufm.id,
      title: 'Fuldmægtig',
    }),
    await f.person({
      name: 'Bo Lund',
      email: 'bo@ced.dk',
      organisationId: ced.id,
      role: 'steering',
      language: 'en',
    }),
    await f.person({
      name: 'Carl Berg',
      email: 'carl@example.dk',
      active: false,
      reminderMode: 'per_item',
      remindersEnabled: false,
    }),
  ];
  const [areaA, areaB, areaVaekstA] = [
    await f.focusArea({ strategyId: klynge.id, code: 'A', title: 'Forskning og uddannelse' }),
    await f.focusArea({ strategyId: klynge.id, code: 'B', title: 'Internationalisering' }),
    await f.focusArea({ strategyId: vaekst.id, code: 'A', title: 'Digitalisering' }),
  ];
  const [a1, a2, b1, vaekstA1] = [
    await f.initiative({
      focusAreaId: areaA.id,
      code: 'A.1',
      title: 'Brobygning til forskning',
      leadOrganisationIds: [ufm.id],
      partnerOrganisationIds: [ced.id, rh.id],
      responsiblePersonIds: [anna.id],
      status: 'in_progress',
      health: 'green',
    }),
    await f.initiative({
      focusAreaId: areaA.id,
      code: 'A.2',
      title: 'Uddannelse i klynger',
      leadOrganisationIds: [ced.id],
      responsiblePersonIds: [bo.id],
      status: 'not_started',
      health: 'amber',
    }),
    await f.initiative({
      focusAreaId: areaB.id,
      code: 'B.1',
      title: 'International synlighed',
      leadOrganisationIds: [rh.id],
      partnerOrganisationIds: [ufm.id],
      responsiblePersonIds: [anna.id, bo.id],
      status: 'completed',
      health: 'red',
    }),
    await f.initiative({
      focusAreaId: areaVaekstA.id,
      code: 'A.1',
      title: 'Digital omstilling',
      status: 'on_hold',
    }),
  ];
  const [workshop, rapport, messe, kickoff] = [
    await f.milestone({
      initiativeId: a1.id,
      title: 'Workshop om fødevarer',
      dueDate: '2017-03-01',
      responsiblePersonId: anna.id,
    }),
    await f.milestone({
      initiativeId: a1.id,
      title: 'Rapport om forskning',
      dueDate: '2017-09-30',
      responsiblePersonId: bo.id,
      status: 'done',
      completedOn: '2017-05-02',
    }),
    await f.milestone({
      initiativeId: b1.id,
      title: 'Messe i Hamborg',
      dueDate: '2017-01-10',
      status: 'cancelled',
    }),
    await f.milestone({
      initiativeId: vaekstA1.id,
      title: 'Digitalt kick-off',
      dueDate: '2019-03-01',
      responsiblePersonId: carl.id,
      status: 'in_progress',
    }),
  ];
  const [virksomheder, guld, digital] = [
    await f.target({
      strategyId: klynge.id,
      number: 1,
      title: 'Flere virksomheder i klynger',
      unit: 'virksomheder',
      // Measured for the country and per region; its figures are UFM's to propose.
      byRegion: true,
      dataOwnerOrganisationId: ufm.id,
      initiativeLinks: [{ initiativeId: a1.id, contribution: 'Videnbroer', inferred: true }],
      series: [
        {
          key: 'main',
          label: 'Virksomheder',
          baselineValue: 1600,
          baselineYear: 2014,
          targetValue: 2000,
          targetYear: 2018,
        },
      ],
    }),
    await f.target({
      strategyId: klynge.id,
      number: 5,
      title: 'Klynger med guldmærke',
      series: [
        {
          key: 'gold',
          label: 'Guldklynger',
          baselineValue: 7,
          baselineYear: 2014,
          targetValue: 10,
          targetYear: 2018,
        },
        {
          key: 'silver',
          label: 'Sølvklynger',
          baselineValue: 2,
          baselineYear: 2014,
          targetValue: 10,
          targetYear: 2018,
        },
      ],
    }),
    await f.target({
      strategyId: vaekst.id,
      number: 1,
      title: 'Digitale virksomheder',
      byRegion: true,
    }),
  ];
  const [basis, regional, guld2016, soelv2016] = [
    await f.measurement({
      targetId: virksomheder.id,
      year: 2014,
      value: 1600,
      source: 'Klyngeforum 2014',
    }),
    await f.measurement({
      targetId: virksomheder.id,
      year: 2016,
      value: 1750,
      region: 'hovedstaden',
      source: 'Regionale tal',
    }),
    await f.measurement({
      targetId: guld.id,
      seriesKey: 'gold',
      year: 2016,
      value: 8,
      source: 'Guldmærker',
    }),
    await f.measurement({
      targetId: guld.id,
      seriesKey: 'silver',
      year: 2016,
      value: 3,
      source: 'Sølvmærker',
    }),
  ];
  const [rapportA1, rapportB1, rapportA2] = [
    await f.statusReport({
      initiativeId: a1.id,
      authorPersonId: anna.id,
      reportDate: '2017-05-01',
      health: 'green',
      summary: 'Workshop holdt',
    }),
    await f.statusReport({
      initiativeId: b1.id,
      authorPersonId: bo.id,
      reportDate: '2017-04-01',
      health: 'red',
      summary: 'Messen blev aflyst',
      risks: 'Budget',
      state: 'submitted',
    }),
    await f.statusReport({ initiativeId: a2.id, reportDate: '2017-06-01', health: 'amber' }),
  ];
  return {
    f,
    strategies: { klynge, vaekst, arkiv },
    organisations: { ufm, rh, ced },
    people: { anna, bo, carl },
    focusAreas: { areaA, areaB, areaVaekstA },
    initiatives: { a1, a2, b1, vaekstA1 },
    milestones: { workshop, rapport, messe, kickoff },
    // As they read once measured: their series are assessed from the measurements.
    targets: {
      virksomheder: await f.read<TargetRecord>('targets', virksomheder.id),
      guld: await f.read<TargetRecord>('targets', guld.id),
      digital: await f.read<TargetRecord>('targets', digital.id),
    },
    measurements: { basis, regional, guld2016, soelv2016 },
    statusReports: { rapportA1, rapportB1, rapportA2 },
  };
}

export type World = Awaited<ReturnType<typeof createWorld>>;

/**
 * The hooks most API specs share: one app per file with the world built once, and put
 * back exactly before each test, so tests can change anything. `ready` receives the app
 * and the world once they exist.
 */
export function useWorld(ready: (t: TestApp, w: World) => void): void {
  let app: TestApp;
  let restore: () => Promise<void>;
  beforeAll(async () => {
    app = await createTestApp();
    ready(app, await createWorld(app));
    restore = await app.keep();
  });
  afterAll(() => app.close());
  beforeEach(() => restore());
}
