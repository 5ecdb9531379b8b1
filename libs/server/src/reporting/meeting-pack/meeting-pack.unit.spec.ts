import type { Language, RoundReport } from '@pejling/contracts';
import { pageTexts } from '../../testing/pdf-text';
import { renderMeetingPack } from './meeting-pack';
import { roundReportFixture } from '../../testing/meeting-pack-report';

async function render(report: RoundReport, language: Language = 'da'): Promise<string[]> {
  const pdf = await renderMeetingPack(report, language);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pageTexts(pdf);
}

/** The one page that holds `text`. */
function pageWith(pages: string[], text: string): number {
  const found = pages.flatMap((page, index) => (page.includes(text) ? [index] : []));
  expect(found).toHaveLength(1);
  return found[0];
}

function occurrences(pages: string[], text: string): number {
  return pages.join('\n').split(text).length - 1;
}

describe('renderMeetingPack', () => {
  let danish: string[];

  beforeAll(async () => {
    danish = await render(roundReportFixture());
  });

  it('has a summary, a page per focus area and the outcomes, numbered in the footer', () => {
    // The fixture's summary runs onto a second page; each section starts a new one.
    expect(danish).toHaveLength(7);
    const n = danish.length;
    danish.forEach((page, index) => {
      expect(page).toContain(`Side ${index + 1} af ${n}`);
      expect(page).toContain('Statusrunde juni 2017');
    });
    expect(danish[0]).toContain('Side 1 af 7');
    const areas = ['Indsatsområde A', 'Indsatsområde B', 'Indsatsområde C'].map((kicker) =>
      pageWith(danish, kicker),
    );
    expect(areas[0]).toBeGreaterThan(0);
    expect(areas).toEqual([...areas].sort((a, b) => a - b));
    expect(pageWith(danish, 'Beslutninger og handlingspunkter')).toBe(n - 1);
  });

  it('sums up the round on the first page, in Danish', () => {
    const summary = danish[0];
    for (const label of [
      'PEJLING',
      'Mødemappe til styregruppen',
      'Klyngestrategi 2.0',
      'Styregruppemøde',
      '15. juni 2017',
      'Frist for statusrapporter',
      '1. juni 2017',
      'Opgjort pr.',
      '14. juni 2017',
      'Låste',
      'Trafiklys pr. indsatsområde',
      'Grøn',
      'Gul',
      'Rød',
      'Ikke vurderet',
      'Klynger og netværk som brobygger til',
      'Pejlemærker',
      'Udgangspunkt',
      '1.600 (2014)',
      '1.750 (2016)',
      '2.000 (2018)',
      'Siden sidste runde',
      '»Statusrunde marts 2017« (styregruppemøde 16. marts 2017)',
      'Grøn (tidligere gul)',
      '55 % (+15 procentpoint)',
    ]) {
      expect(summary).toContain(label);
    }
  });

  it('shows targets without values and with two series', () => {
    const summary = danish[0];
    expect(summary).toContain('Regional fordeling af virksomheder');
    expect(summary).toContain('ikke opgjort');
    expect(summary).toContain('ikke fastsat');
    expect(summary).toContain('ingen måling');
    expect(summary).toMatch(/Guldklynger\s*7 \(2014\)\s*8 \(2016\)\s*10 \(2018\)\s*klynger/);
    expect(summary).toMatch(/Sølvklynger\s*2 \(2014\)\s*5 \(2016\)\s*10 \(2018\)\s*klynger/);
  });

  it('says under each target whether it will be met and which initiatives should move it', async () => {
    const report = roundReportFixture();
    const [first] = report.targets;
    first.linkedHealth = { green: 0, amber: 3, red: 1, none: 0 };
    first.series[0].assessment = {
      year: 2017,
      expected: 1900,
      onTrack: false,
      projected: 1810.25,
      method: { latest: { year: 2016, value: 1750 }, points: 2, from: 2014, to: 2016 },
    };
    const summary = (await render(report))[0].replace(/·?\n/g, ' ').replace(/\s+/g, ' ');
    expect(summary).toContain('4 initiativer skal flytte det: 3 Gul · 1 Rød');
    expect(summary).toContain('Linjen fra udgangspunkt til mål forventer 1.900 i 2017.');
    expect(summary).toContain('Seneste måling, 1.750 (2016), er bagud i forhold til linjen.');
    expect(summary).toContain(
      'Fortsætter udviklingen som hidtil, bliver det 1.810,3 i 2018 (lineær tendens efter mindste kvadraters metode, af 2 målinger 2014–2016).',
    );
    // A snapshot from before targets were assessed says none of it.
    expect(danish[0]).not.toContain('skal flytte det');
  });

  it('lists the target figures the round asks for: the approved values, and where the others stand', async () => {
    const report = roundReportFixture();
    const figure = {
      targetId: 1,
      targetNumber: 1,
      targetTitle: 'Virksomheder med nye innovationer',
      unit: 'virksomheder',
      seriesKey: 'main',
      seriesLabel: 'Virksomheder med nye innovationer',
      region: null,
      dataOwnerOrganisationName: 'Klyngeforum',
      state: 'approved' as const,
      value: 1750,
    };
    report.figures = {
      year: 2016,
      rows: [
        figure,
        { ...figure, targetNumber: 2, region: 'sjaelland', state: 'missing', value: null },
        { ...figure, targetNumber: 3, state: 'proposed', value: null },
      ],
    };
    const [da, en] = await Promise.all([render(report), render(report, 'en')]);
    const summary = da.join('\n');
    expect(summary).toContain('Tal til pejlemærkerne for 2016');
    expect(summary).toContain('1 af 3 tal er godkendt.');
    expect(summary).toMatch(
      /Virksomheder med nye innovationer\s*Klyngeforum\s*1\.750 virksomheder/,
    );
    expect(summary).toContain('Virksomheder med nye innovationer · Region Sjælland');
    expect(summary).toContain('Mangler');
    expect(summary).toContain('Afventer godkendelse');
    expect(en.join('\n')).toContain('Target figures for 2016');
    expect(en.join('\n')).toContain('1 of 3 figures are approved.');
    // A round that asks for none, or a snapshot from before, says nothing of them.
    expect(danish.join('\n')).not.toContain('Tal til pejlemærkerne');
  });

  it('lists only the initiatives whose progress or health changed since the last round', () => {
    const changes = danish.slice(0, pageWith(danish, 'Indsatsområde A')).join('\n');
    for (const changed of ['A.1', 'B.1', 'B.3', 'C.2']) expect(changes).toContain(changed);
    for (const unchanged of ['A.2', 'A.3', 'C.1']) expect(changes).not.toContain(unchanged);
    expect(changes).toContain('Rød (tidligere gul)');
  });

  it('shows each initiative with its Danish title, facts, report and milestones', () => {
    const areaB = danish[pageWith(danish, 'Indsatsområde B')];
    expect(areaB).toContain("Øget dansk deltagelse i EU's Horizon2020-program gennem klyngerne");
    expect(areaB).toContain('Sat i bero');
    expect(areaB).toContain('20 %');
    expect(areaB).toContain('indsendt 1. juni 2017 af Søren Østergaard');
    expect(areaB).toContain('Uden en fast rådgiver i sekretariatet');
    expect(areaB).toContain('Overskredne milepæle (2)');
    expect(areaB).toContain('Seks klyngeansøgninger til Horizon2020');
    expect(areaB).toContain('45 dage');
    expect(areaB).toContain('Intet angivet.'); // B.1's risks are empty
    const areaC = danish[pageWith(danish, 'Indsatsområde C')];
    expect(areaC).toContain('Øget synergi ml. lokale/regionale og nationale klyngeindsatser');
    expect(areaC).toContain('Kommende milepæle (2)');
    expect(areaC).toContain('i dag');
    expect(areaC).toContain('om 21 dage');
    expect(areaC).toContain('ikke angivet');
  });

  it('names every lead organisation under the initiative, and none where a snapshot kept none', () => {
    const a3 = danish.find((page) => page.includes('Samarbejdsprojekter mellem studerende')) ?? '';
    expect(a3).toContain('Ansvarlige organisationer: KF, UFM');
    expect(occurrences(danish, 'Ansvarlige organisationer')).toBe(1);
  });

  it("counts the round's moved milestones and shows the due date each moved from", () => {
    expect(danish[0]).toContain('Flyttede milepæle1 i rundens initiativer har fået en ny frist');
    const all = danish.join('\n');
    expect(all).toMatch(/alle fem·?\s*regioner\s*31\. maj 2017\s*flyttet fra 31\. marts·?\s*2017/);
    expect(all).toMatch(/FLYTTEDE MILEPÆLE\s*1\n/);
    expect(occurrences(danish, 'FLYTTEDE MILEPÆLE')).toBe(1);
    expect(occurrences(danish, 'flyttet fra')).toBe(1);
  });

  it('does not claim a count of moved milestones where an old snapshot did not keep it', async () => {
    const report = roundReportFixture();
    for (const i of report.focusAreas.flatMap((area) => area.initiatives)) {
      delete i.milestonesMoved;
    }
    const [summary] = await render(report);
    expect(summary).not.toContain('Flyttede milepæle');
    expect(summary).toContain('Tallene');
  });

  it('marks an initiative without a submitted report', () => {
    expect(occurrences(danish, 'Ingen statusrapport indsendt til denne runde')).toBe(2);
    const a3 = danish.find((page) => page.includes('Samarbejdsprojekter mellem studerende'));
    expect(a3).toContain('Ingen statusrapport indsendt til denne runde');
    expect(a3).toContain('Ikke startet');
  });

  it('shows the latest report before the round, marked, where the round has no answer', async () => {
    const report = roundReportFixture();
    const a3 = report.focusAreas
      .flatMap((area) => area.initiatives)
      .find((i) => i.title.includes('Samarbejdsprojekter mellem studerende'));
    if (!a3) throw new Error('the fixture has no A.3');
    a3.report = {
      id: 90,
      health: 'amber',
      summary: 'Projekterne er i gang på tre universiteter.',
      risks: '',
      nextSteps: '',
      authorName: 'Mette Jensen',
      submittedAt: '2017-06-01T08:00:00Z',
      outsideRound: true,
    };
    for (const [language, marks] of [
      [
        'da',
        [
          'Ingen statusrapport indsendt til denne runde',
          'Seneste rapport',
          'indsendt 1. juni 2017 af Mette Jensen, uden for runden',
        ],
      ],
      [
        'en',
        [
          'No status report submitted for this round',
          'Latest report',
          'submitted on 1 June 2017 by Mette Jensen, outside this round',
        ],
      ],
    ] as const) {
      const pages = await render(report, language);
      const page = pages[pageWith(pages, 'Projekterne er i gang på tre universiteter.')];
      for (const mark of marks) expect(page).toContain(mark);
    }
  });

  it('ends with the decisions and action items', () => {
    const outcomes = danish[danish.length - 1];
    expect(outcomes).toContain('Handlingspunkter');
    expect(outcomes).toContain('Sekretariatet udarbejder et oplæg om en fast EU-rådgiver');
    expect(outcomes).toContain('1. september 2017');
    expect(outcomes).not.toMatch(/^Beslutninger$/m); // no decisions, so no such sub-heading
  });

  it('speaks English when asked, keeping the report text as given', async () => {
    const english = await render(roundReportFixture(), 'en');
    expect(english).toHaveLength(7);
    expect(english[0]).toContain('Page 1 of 7');
    for (const label of [
      'Steering group meeting pack',
      'Steering group meeting',
      '15 June 2017',
      'Status reports due',
      'Figures as of',
      'Frozen',
      'Health by focus area',
      'Green',
      'Amber',
      'Red',
      'Not assessed',
      'Targets',
      'Baseline',
      '1,600 (2014)',
      'not set',
      'Since the last round',
      'Green (was amber)',
      '55% (+15 points)',
    ]) {
      expect(english[0]).toContain(label);
    }
    const areaA = english.slice(
      pageWith(english, 'Focus area A'),
      pageWith(english, 'Focus area B'),
    );
    expect(areaA.join('\n')).toContain(
      'Klynger og netværk som brobygger til forskning og uddannelse',
    );
    expect(areaA.join('\n')).toContain('In progress');
    // Submitted at 22:30 UTC on 31 May: already 1 June in Denmark.
    expect(areaA.join('\n')).toContain('submitted on 1 June 2017 by Jørgen Højlund');
    expect(areaA.join('\n')).toContain('No status report submitted for this round');
    expect(areaA.join('\n')).toContain('Overdue milestones (1)');
    expect(english[english.length - 1]).toContain('Decisions and action items');
    for (const danishLabel of ['Trafiklys', 'Side 1', 'Mødemappe', 'Pejlemærker', 'Frist']) {
      expect(english.join('\n')).not.toContain(danishLabel);
    }
    expect(english.join('\n')).not.toMatch(/\d\. (maj|juni|juli|september)/); // a Danish date
  });

  it('lets a very long report flow over several pages', async () => {
    const report = roundReportFixture();
    const a1 = report.focusAreas[0].initiatives[0].report;
    if (!a1) throw new Error('A.1 has a report in the fixture');
    const paragraph =
      'Klyngerne har i perioden arbejdet videre med videnbroerne, og erfaringerne fra de første ' +
      'forløb viser, at virksomhederne især efterspørger adgang til forskernes udstyr og til ' +
      'studerende, der kan arbejde med konkrete problemstillinger i virksomheden. ';
    a1.summary = Array.from({ length: 60 }, (_, i) => `${i + 1}. ${paragraph}`).join('\n\n');
    a1.nextSteps = 'Sidste sætning i en meget lang rapport: æøå ÆØÅ.';
    const pages = await render(report);
    expect(pages.length).toBeGreaterThanOrEqual(danish.length + 3);
    const all = pages.join('\n');
    expect(all).toContain('60. Klyngerne har i perioden');
    expect(all).toContain('Sidste sætning i en meget lang rapport: æøå ÆØÅ.');
    pages.forEach((page, index) => expect(page).toContain(`Side ${index + 1} af ${pages.length}`));
  });

  it('lets a report of many short lines flow too', async () => {
    const report = roundReportFixture();
    const b1 = report.focusAreas[1].initiatives[0].report;
    if (!b1) throw new Error('B.1 has a report in the fixture');
    b1.risks = Array.from({ length: 150 }, (_, i) => `- Risiko nr. ${i + 1}`).join('\n');
    const all = (await render(report)).join('\n');
    for (const n of [1, 75, 150]) expect(all).toContain(`- Risiko nr. ${n}\n`);
  });

  it('has no outcomes section when the steering group has recorded none', async () => {
    const pages = await render({ ...roundReportFixture(), outcomes: [] });
    expect(pages).toHaveLength(danish.length - 1);
    expect(pages.join('\n')).not.toContain('Beslutninger og handlingspunkter');
    expect(pages.join('\n')).not.toContain('Handlingspunkter');
  });

  it('lists decisions before action items, each with its responsible and due date', async () => {
    const report = roundReportFixture();
    report.outcomes.push({
      ...report.outcomes[0],
      id: 2,
      kind: 'decision',
      text: 'Styregruppen godkender, at B.3 sættes i bero til efteråret.',
      responsiblePersonId: null,
      responsibleName: null,
      dueDate: null,
      initiativeId: null,
      milestoneId: null,
    });
    const outcomes = (await render(report)).at(-1) ?? '';
    expect(outcomes.indexOf('Beslutninger')).toBeLessThan(outcomes.indexOf('Handlingspunkter'));
    expect(outcomes).toContain('Styregruppen godkender, at B.3 sættes i bero til efteråret.');
    expect(outcomes).toContain('ingen frist');
  });

  it('says so when the round is open or has no previous round to compare with', async () => {
    const [summary] = await render({ ...roundReportFixture(), frozen: false, previousRound: null });
    expect(summary).toContain('Foreløbige');
    expect(summary).toContain('Der er ingen tidligere lukket runde at sammenligne med.');
  });

  it('embeds its own font instead of relying on the standard 14', async () => {
    const pdf = (await renderMeetingPack(roundReportFixture(), 'da')).toString('latin1');
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto-Regular/);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto-Medium/);
    expect(pdf).toContain('/FontFile2');
    expect(pdf).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });
});
