import type { InitiativeRecord } from '@pejling/contracts';
import { TestApp, createTestApp } from '../../testing/test-app';
import { seedDemo, seedPlan } from './seeder';

const CODES = ['A', 'B', 'C', 'D', 'E'].flatMap((area) => [1, 2, 3, 4].map((n) => `${area}.${n}`));

describe('seeding Klyngestrategi 2.0', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.truncate());

  async function counts() {
    const [row] = await t.dataSource.query(`
      SELECT (SELECT count(*)::int FROM strategies) AS strategies,
             (SELECT count(*)::int FROM focus_areas) AS focus_areas,
             (SELECT count(*)::int FROM initiatives) AS initiatives,
             (SELECT count(*)::int FROM organisations) AS organisations,
             (SELECT count(*)::int FROM initiative_partners) AS partners,
             (SELECT count(*)::int FROM targets) AS targets,
             (SELECT count(*)::int FROM target_series) AS series,
             (SELECT count(*)::int FROM measurements) AS measurements,
             (SELECT count(*)::int FROM people) AS people,
             (SELECT count(contact_person_id)::int FROM organisations) AS contacts,
             (SELECT count(*)::int FROM initiative_responsibles) AS responsibles,
             (SELECT count(*)::int FROM milestones) AS milestones,
             (SELECT count(*)::int FROM status_reports) AS reports,
             (SELECT max(updated_at) FROM initiatives) AS last_change`);
    return row;
  }

  it('loads the strategy, its 5 focus areas and 20 initiatives A.1 … E.4', async () => {
    await seedPlan(t.dataSource);
    const { body: strategies } = await t.http().get('/api/strategies').expect(200);
    expect(strategies).toEqual([
      expect.objectContaining({
        name: 'Klyngestrategi 2.0',
        periodStart: '2016-01-01',
        periodEnd: '2018-12-31',
        vision: expect.stringContaining('stærke og professionelle klynger'),
      }),
    ]);
    const { body: areas } = await t.http().get('/api/focus-areas').expect(200);
    expect(areas.map((a: { code: string }) => a.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(areas[0].title).toBe('Klynger og netværk som brobygger til forskning og uddannelse');

    const { body: initiatives } = await t.http().get('/api/initiatives?range=[0,99]').expect(200);
    expect(initiatives.map((i: { code: string }) => i.code)).toEqual(CODES);
    for (const initiative of initiatives) {
      expect(initiative.title).not.toBe('');
      expect(initiative.description.length).toBeGreaterThan(100);
      expect(initiative.leadOrganisationIds.length).toBeGreaterThan(0);
      expect(initiative.code[0]).toBe(
        areas.find((a: { id: number }) => a.id === initiative.focusAreaId).code,
      );
    }
    const e4 = initiatives.find((i: { code: string }) => i.code === 'E.4');
    expect(e4.title).toBe(
      'Øget samordning af myndighedernes finansieringsredskaber og krav til klyngerne',
    );
  });

  it('names the responsible organisations with short names', async () => {
    await seedPlan(t.dataSource);
    const { body } = await t.http().get('/api/organisations?range=[0,99]').expect(200);
    const shortNames = body.map((o: { shortName: string }) => o.shortName);
    expect(shortNames).toEqual(
      expect.arrayContaining(['UFM', 'CED', 'KF', 'KL', 'IFD', 'EKR', 'IDK', 'EEN']),
    );
    expect(body.filter((o: { kind: string }) => o.kind === 'region').length).toBeGreaterThanOrEqual(
      6,
    );
  });

  it('loads the 5 targets with their series and the 2014 values', async () => {
    await seedPlan(t.dataSource);
    const { body: targets } = await t.http().get('/api/targets').expect(200);
    const series = (n: number) => targets.find((x: { number: number }) => x.number === n).series;
    expect(targets.map((x: { number: number }) => x.number)).toEqual([1, 2, 3, 4, 5]);
    expect(series(1)).toEqual([
      expect.objectContaining({
        key: 'main',
        baselineValue: 1600,
        baselineYear: 2014,
        targetValue: 2000,
        targetYear: 2018,
      }),
    ]);
    expect(targets[1].byRegion).toBe(true);
    expect(series(2)).toEqual([
      expect.objectContaining({ baselineValue: null, targetValue: null }),
    ]);
    expect(series(3)).toEqual([
      expect.objectContaining({ baselineValue: 1800, targetValue: 2500 }),
    ]);
    expect(series(4)).toEqual([expect.objectContaining({ baselineValue: 900, targetValue: 1500 })]);
    expect(series(5)).toEqual([
      expect.objectContaining({
        key: 'gold',
        label: 'Guldklynger',
        baselineValue: 7,
        targetValue: 10,
      }),
      expect.objectContaining({
        key: 'silver',
        label: 'Sølvklynger',
        baselineValue: 2,
        targetValue: 10,
      }),
    ]);

    const { body: measurements } = await t
      .http()
      .get('/api/measurements?sort=["targetId","ASC"]')
      .expect(200);
    const values = measurements.map((m: { seriesKey: string; year: number; value: number }) => [
      m.seriesKey,
      m.year,
      m.value,
    ]);
    expect(values).toEqual([
      ['main', 2014, 1600],
      ['main', 2014, 1800],
      ['main', 2014, 900],
      ['gold', 2014, 7],
      ['silver', 2014, 2],
    ]);
  });

  it('names the actors the text names for an initiative, and keeps what it says', async () => {
    await seedPlan(t.dataSource);
    const partners = async (code: string): Promise<string[]> =>
      (
        await t.dataSource.query(
          `SELECT o.short_name AS name FROM initiative_partners p
             JOIN initiatives i ON i.id = p.initiative_id
             JOIN organisations o ON o.id = p.organisation_id
            WHERE i.code = $1 ORDER BY 1`,
          [code],
        )
      ).map((row: { name: string }) => row.name);
    expect(await partners('A.1')).toEqual(expect.arrayContaining(['GTS', 'IND']));
    expect(await partners('B.4')).toEqual(expect.arrayContaining(['SOG', 'IDK', 'EEN']));
    expect(await partners('C.3')).toEqual(expect.arrayContaining(['IM', 'TVD']));
    const [b2, b4] = await t.dataSource.query(
      `SELECT description FROM initiatives WHERE code IN ('B.2', 'B.4') ORDER BY code`,
    );
    expect(b2.description).toContain('InterReg');
    for (const part of [
      'a) Eksportrådets',
      'b) Innovationscentrene',
      'c) Invest in Denmark',
      'd) Enterprise Europe Network',
    ]) {
      expect(b4.description).toContain(part);
    }
  });

  it('names every lead organisation the text names, in its order, and marks a lead it does not name as inferred', async () => {
    await seedPlan(t.dataSource);
    const { body: organisations } = await t
      .http()
      .get('/api/organisations?range=[0,99]')
      .expect(200);
    const shortName = (id: number) =>
      organisations.find((o: { id: number }) => o.id === id).shortName as string;
    const { body: initiatives } = await t.http().get('/api/initiatives?range=[0,99]').expect(200);
    const leads = Object.fromEntries(
      initiatives.map((i: InitiativeRecord) => [
        i.code,
        {
          leads: i.leadOrganisationIds.map(shortName),
          inferred: i.inferredLeadOrganisationIds.map(shortName),
          partners: i.partnerOrganisationIds.map(shortName),
        },
      ]),
    );
    expect(leads['A.3'].leads).toEqual(['KF', 'UFM']);
    expect(leads['B.1'].leads).toEqual(['CED', 'UFM']);
    expect(leads['B.3'].leads).toEqual(['UFM', 'VF-H', 'VF-SJ', 'VF-SD', 'VF-MJ', 'VF-NJ', 'VF-B']);
    expect(leads['D.2'].leads).toEqual(['CED', 'UFM']);
    // A lead is not a partner as well.
    for (const code of ['A.3', 'B.1', 'B.3', 'D.2']) {
      expect(leads[code].partners).not.toContain('UFM');
    }
    // Only C.1's and E.2's own texts name no lead: Klyngeforum is read from their areas' texts.
    expect(
      Object.entries(leads)
        .filter(([, l]) => (l as { inferred: string[] }).inferred.length)
        .map(([code, l]) => [code, (l as { inferred: string[] }).inferred]),
    ).toEqual([
      ['C.1', ['KF']],
      ['E.2', ['KF']],
    ]);
  });

  it('links each target to the initiatives that should move it, marking those the text does not state', async () => {
    await seedPlan(t.dataSource);
    const links: { number: number; code: string; inferred: boolean; contribution: string }[] =
      await t.dataSource.query(`
        SELECT t.number, i.code, l.inferred, l.contribution
          FROM initiative_targets l JOIN targets t ON t.id = l.target_id
          JOIN initiatives i ON i.id = l.initiative_id ORDER BY t.number, i.code`);
    const byTarget = (n: number) => links.filter((l) => l.number === n).map((l) => l.code);
    expect(byTarget(3)).toEqual(['A.1', 'A.2', 'A.3', 'A.4']);
    expect(byTarget(4)).toEqual(['B.1', 'B.2', 'B.3', 'B.4']);
    expect(byTarget(5)).toEqual(['D.3']);
    // Stated in the text: CED's work towards 10 Guld and 10 Sølv; E.3's regional data.
    expect(links.filter((l) => !l.inferred).map((l) => `${l.number} ${l.code}`)).toEqual([
      '2 E.3',
      '5 D.3',
    ]);
    expect(links.every((l) => l.contribution.length > 10)).toBe(true);
    // As the API gives them: target 5's one link, stated, with its line.
    const { body: targets } = await t.http().get('/api/targets').expect(200);
    expect(targets.find((x: { number: number }) => x.number === 5).initiativeLinks).toEqual([
      {
        initiativeId: expect.any(Number),
        contribution: expect.stringContaining('CED'),
        inferred: false,
      },
    ]);
  });

  it('loads demo people and 3–5 milestones per initiative, some overdue on 2017-06-15', async () => {
    await seedPlan(t.dataSource);
    await seedDemo(t.dataSource);
    const perInitiative: { n: number }[] = await t.dataSource.query(
      'SELECT count(m.id)::int AS n FROM initiatives i LEFT JOIN milestones m ON m.initiative_id = i.id GROUP BY i.id',
    );
    expect(perInitiative).toHaveLength(20);
    for (const { n } of perInitiative) {
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
    }
    const overdue = await t.http().get('/api/milestones?filter={"overdue":true}').expect(200);
    expect(Number(overdue.headers['content-range'].split('/')[1])).toBeGreaterThanOrEqual(5);
    const { body: people } = await t.http().get('/api/people?range=[0,99]').expect(200);
    const emails = people.map((p: { email: string }) => p.email);
    expect(emails).toEqual(
      expect.arrayContaining([
        'sekretariat@demo.pejling.dk',
        'styregruppe@demo.pejling.dk',
        'ufm@demo.pejling.dk',
        'ced@demo.pejling.dk',
      ]),
    );
    expect(emails.every((e: string) => e.endsWith('@demo.pejling.dk'))).toBe(true);
  });

  it('gives every target a data owner and figures for 2015 and 2016, one still waiting for approval', async () => {
    await seedPlan(t.dataSource);
    const { added } = await seedDemo(t.dataSource);
    expect(added['measurements']).toBeGreaterThan(10);
    const owners: { number: number; organisation: string; person: string | null }[] =
      await t.dataSource.query(
        `SELECT t.number, o.short_name AS organisation, p.email AS person
           FROM targets t JOIN organisations o ON o.id = t.data_owner_organisation_id
           LEFT JOIN people p ON p.id = t.data_owner_person_id ORDER BY t.number`,
      );
    expect(owners.map((o) => o.number)).toEqual([1, 2, 3, 4, 5]);
    // A demo owner account shows the data owner's path.
    expect(owners).toEqual(
      expect.arrayContaining([
        { number: 3, organisation: 'UFM', person: 'ufm@demo.pejling.dk' },
        { number: 5, organisation: 'CED', person: 'ced@demo.pejling.dk' },
      ]),
    );
    const figures: { number: number; year: number; state: string; regions: number }[] =
      await t.dataSource.query(
        `SELECT t.number, m.year, m.state, count(m.region)::int AS regions
           FROM measurements m JOIN target_series s ON s.id = m.series_id
           JOIN targets t ON t.id = s.target_id
          WHERE m.year > 2014 GROUP BY t.number, m.year, m.state ORDER BY 1, 2`,
      );
    expect(figures).toEqual([
      { number: 1, year: 2015, state: 'approved', regions: 0 },
      { number: 1, year: 2016, state: 'approved', regions: 0 },
      { number: 2, year: 2015, state: 'approved', regions: 5 },
      { number: 2, year: 2016, state: 'approved', regions: 5 },
      { number: 3, year: 2015, state: 'approved', regions: 0 },
      { number: 3, year: 2016, state: 'proposed', regions: 0 },
      { number: 4, year: 2015, state: 'approved', regions: 0 },
      { number: 4, year: 2016, state: 'approved', regions: 0 },
      { number: 5, year: 2015, state: 'approved', regions: 0 },
      { number: 5, year: 2016, state: 'approved', regions: 0 },
    ]);
    const [{ sources }] = await t.dataSource.query(
      `SELECT bool_and(source LIKE 'Demo:%') AS sources FROM measurements WHERE year > 2014`,
    );
    expect(sources).toBe(true);
  });

  it('gives the organisations that lead initiatives a demo contact person, whom escalations reach', async () => {
    await seedPlan(t.dataSource);
    const { added } = await seedDemo(t.dataSource);
    expect(added['contacts']).toBeGreaterThanOrEqual(3);
    const leads: { shortName: string; contact: string | null }[] = await t.dataSource.query(
      `SELECT DISTINCT o.short_name AS "shortName", p.email AS contact
         FROM initiative_leads l JOIN organisations o ON o.id = l.organisation_id
         LEFT JOIN people p ON p.id = o.contact_person_id ORDER BY 1`,
    );
    // B.3's regional growth forums lead with UFM; four of them have no demo contact, so the
    // demo shows who stands in for a missing one.
    const withContact = leads.filter((l) => l.contact !== null);
    expect(withContact.map((l) => l.shortName)).toEqual(['CED', 'KF', 'UFM', 'VF-SD']);
    for (const lead of withContact) expect(lead.contact).toMatch(/@demo\.pejling\.dk$/);
    expect(leads.filter((l) => l.contact === null).map((l) => l.shortName)).toEqual([
      'VF-B',
      'VF-H',
      'VF-MJ',
      'VF-NJ',
      'VF-SJ',
    ]);
    // The contact the secretariat chooses is kept by a later seed.
    const [{ id: ufm }] = await t.dataSource.query(
      `SELECT id FROM organisations WHERE short_name = 'UFM'`,
    );
    await t.dataSource.query(
      `UPDATE organisations SET contact_person_id = (SELECT id FROM people WHERE email = 'ufm@demo.pejling.dk') WHERE id = $1`,
      [ufm],
    );
    expect((await seedDemo(t.dataSource)).added['contacts']).toBe(0);
    const [{ email }] = await t.dataSource.query(
      `SELECT p.email FROM organisations o JOIN people p ON p.id = o.contact_person_id WHERE o.id = $1`,
      [ufm],
    );
    expect(email).toBe('ufm@demo.pejling.dk');
  });

  it('tells the demo’s story: a reviewed round with reports, decisions and action items, moved deadlines, reminders sent', async () => {
    await seedPlan(t.dataSource);
    const { added } = await seedDemo(t.dataSource);
    expect(added).toMatchObject({ reporting_rounds: 2, round_outcomes: 4, attachments: 3 });
    expect(added['deliveries']).toBeGreaterThan(20);
    const http = t.http();

    const { body: rounds } = await http.get('/api/reporting-rounds').expect(200);
    expect(rounds).toEqual([
      // The next meeting's round is open, for the owners to report in: one has.
      expect.objectContaining({
        title: 'Statusrunde til styregruppemødet i september 2017',
        state: 'open',
        submitted: 1,
        reviewedBy: [],
      }),
      expect.objectContaining({
        title: 'Statusrunde til styregruppemødet i marts 2017',
        state: 'closed',
        submitted: 6,
        reviewedBy: [expect.objectContaining({ name: expect.any(String) })],
      }),
    ]);
    const [, round] = rounds;
    expect(round.closedAt.slice(0, 10)).toBe('2017-03-08');
    const { body: report } = await http.get(`/api/reporting-rounds/${round.id}/report`).expect(200);
    expect(report).toMatchObject({ frozen: true, asOf: '2017-03-08' });
    const answered = report.focusAreas
      .flatMap((area: { initiatives: { code: string; report: unknown }[] }) => area.initiatives)
      .filter(
        (i: { report: { outsideRound: boolean } | null }) => i.report && !i.report.outsideRound,
      )
      .map((i: { code: string }) => i.code);
    expect(answered).toEqual(['A.1', 'B.2', 'B.4', 'C.3', 'D.2', 'E.3']);
    // E.3's report came with the method note and the figures (invented demo files).
    const e3 = report.focusAreas
      .flatMap((area: { initiatives: { code: string }[] }) => area.initiatives)
      .find((i: { code: string }) => i.code === 'E.3');
    expect(e3.report.attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
      'metodenotat-effektmaaling.pdf',
      'effektmaaling-2016.csv',
    ]);
    expect(report.outcomes.map((o: { kind: string }) => o.kind)).toEqual([
      'decision',
      'decision',
      'action',
      'action',
    ]);
    // The action item on C.3 became its milestone, which reminders cover.
    const onC3 = report.outcomes.find((o: { initiativeId: number | null }) => o.initiativeId);
    const { body: milestone } = await http.get(`/api/milestones/${onC3.milestoneId}`).expect(200);
    expect(milestone).toMatchObject({ title: onC3.text, dueDate: '2017-06-30' });

    const { body: moved } = await http
      .get('/api/milestones?filter={"moved":true}&sort=["dueDate","ASC"]')
      .expect(200);
    expect(
      moved.map((m: { originalDueDate: string; dueDate: string }) => [
        m.originalDueDate,
        m.dueDate,
      ]),
    ).toEqual([
      ['2017-02-28', '2017-04-30'],
      ['2017-03-31', '2017-05-31'],
      ['2017-04-30', '2017-06-30'],
    ]);

    // Everything happened on or before the demo's today, and the trail reads in that order.
    const [story] = await t.dataSource.query(`
      SELECT (SELECT max(at) FROM audit_events) AS "lastEvent",
             (SELECT bool_and(a.at <= b.at) FROM audit_events a JOIN audit_events b ON b.id = a.id + 1) AS "inOrder",
             (SELECT max(sent_at) FROM reminder_deliveries) AS "lastSent",
             (SELECT count(*)::int FROM reminder_deliveries WHERE status <> 'sent') AS unsent,
             (SELECT count(*)::int FROM reminder_deliveries WHERE round_id IS NOT NULL) AS "roundRequests"`);
    expect(story.lastEvent.toISOString() < '2017-06-15').toBe(true);
    expect(story.inOrder).toBe(true);
    expect(story.lastSent.toISOString().slice(0, 10)).toBe('2017-06-14');
    expect(story.unsent).toBe(0);
    expect(story.roundRequests).toBeGreaterThan(10);
  });

  it('changes nothing when run twice', async () => {
    await seedPlan(t.dataSource);
    await seedDemo(t.dataSource);
    const before = await counts();
    const again = await seedPlan(t.dataSource);
    const demoAgain = await seedDemo(t.dataSource);
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
    expect(Object.values(demoAgain.added).every((n) => n === 0)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('leaves a record the secretariat edited alone', async () => {
    await seedPlan(t.dataSource);
    await t.dataSource.query(`UPDATE initiatives SET title = 'Ny titel' WHERE code = 'A.1'`);
    await seedPlan(t.dataSource);
    const [row] = await t.dataSource.query(`SELECT title FROM initiatives WHERE code = 'A.1'`);
    expect(row.title).toBe('Ny titel');
  });
});
