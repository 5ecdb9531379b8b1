import type {
  RoundReport,
  RoundReportFocusArea,
  RoundReportInitiative,
  RoundReportMilestone,
} from '@pejling/contracts';

/** The day the fixture's figures are as of; `daysLate` below are counted from it. */
const AS_OF = '2017-06-14';

let nextMilestoneId = 500;

/** A milestone due `daysLate` days before AS_OF (negative: due in that many days). */
function milestone(
  title: string,
  daysLate: number,
  responsibleName: string | null,
  status: RoundReportMilestone['status'] = 'planned',
): RoundReportMilestone {
  const due = new Date(Date.UTC(2017, 5, 14 - daysLate)).toISOString().slice(0, 10);
  return { id: nextMilestoneId++, title, dueDate: due, status, responsibleName, daysLate };
}

/** A focus area whose health counts follow from its initiatives, as the server counts them. */
function focusArea(
  id: number,
  code: string,
  title: string,
  initiatives: RoundReportInitiative[],
): RoundReportFocusArea {
  const byHealth = { green: 0, amber: 0, red: 0, none: 0 };
  for (const i of initiatives) byHealth[i.health ?? 'none']++;
  return {
    id,
    code,
    title,
    byHealth,
    initiatives: initiatives.map((i) => ({ milestonesMoved: 0, ...i })),
  };
}

/**
 * A closed round of Klyngestrategi 2.0 before the steering group's June 2017 meeting: three
 * focus areas, some initiatives with a submitted report and some without, overdue and
 * upcoming milestones (one of them moved), the strategy's five targets (target 2 without values, target 5 with
 * two series) and one action item. A new copy on each call.
 */
export function roundReportFixture(): RoundReport {
  return {
    round: {
      id: 7,
      title: 'Statusrunde juni 2017',
      dueDate: '2017-06-01',
      meetingDate: '2017-06-15',
      state: 'closed',
      closedAt: '2017-06-14T14:30:00.000Z',
    },
    strategy: { id: 1, name: 'Klyngestrategi 2.0' },
    asOf: AS_OF,
    frozen: true,
    previousRound: { id: 6, title: 'Statusrunde marts 2017', meetingDate: '2017-03-16' },
    focusAreas: [
      focusArea(1, 'A', 'Klynger og netværk som brobygger til forskning og uddannelse', [
        {
          id: 11,
          code: 'A.1',
          title: 'Strategisk samarbejde mellem klynger og forskningsinstitutioner om videnbroer',
          status: 'in_progress',
          health: 'green',
          progress: 55,
          change: { progress: 15, health: 'amber' },
          report: {
            id: 101,
            health: 'green',
            summary:
              'Samarbejdsaftalerne med Aarhus Universitet og DTU er underskrevet, og de første ' +
              'tre videnbroer er i gang. Klyngerne har afholdt fire matchmaking-møder med i alt ' +
              '62 deltagende virksomheder.',
            risks:
              'Forskernes tid er knap i efterårssemestret; det kan forsinke de næste to videnbroer.',
            nextSteps:
              'Evaluering af de første videnbroer i august og udvælgelse af næste tema på ' +
              'Klyngeforums møde i september.',
            authorName: 'Mette Kjær Sørensen',
            submittedAt: '2017-05-31T21:45:00.000Z',
          },
          overdue: [],
          upcoming: [
            milestone('Evaluering af de første tre videnbroer', -47, 'Mette Kjær Sørensen'),
          ],
        },
        {
          id: 12,
          code: 'A.2',
          title: 'Styrket samspil om uddannelse der matcher virksomhedernes behov',
          status: 'in_progress',
          health: 'amber',
          progress: 30,
          change: { progress: 0, health: 'amber' },
          report: {
            id: 102,
            health: 'amber',
            summary:
              'Kortlægningen af virksomhedernes kompetencebehov er færdig i to af fem regioner.',
            risks:
              'Erhvervsakademierne har endnu ikke afsat ressourcer til de fælles forløb, og ' +
              'finansieringen efter 2017 er uafklaret.',
            nextSteps: 'Møde med Danske Erhvervsakademier om fælles forløb før sommerferien.',
            authorName: 'Jørgen Højlund',
            submittedAt: '2017-05-31T22:30:00.000Z',
          },
          // Planned for March, moved to the end of May, and late even so.
          milestonesMoved: 1,
          overdue: [
            {
              ...milestone(
                'Kortlægning af kompetencebehov i alle fem regioner',
                14,
                'Jørgen Højlund',
                'delayed',
              ),
              originalDueDate: '2017-03-31',
            },
          ],
          upcoming: [],
        },
        {
          id: 13,
          code: 'A.3',
          title: 'Samarbejdsprojekter mellem studerende og virksomheder',
          leads: ['KF', 'UFM'],
          status: 'not_started',
          health: null,
          progress: 0,
          change: { progress: 0, health: null },
          report: null,
          overdue: [milestone('Udbud af matchmaking-platform for studerende', 44, null)],
          upcoming: [],
        },
      ]),
      focusArea(2, 'B', 'Klynger som en driver for internationalisering', [
        {
          id: 21,
          code: 'B.1',
          title: 'Styrke klyngernes internationale strategier',
          status: 'in_progress',
          health: 'green',
          progress: 40,
          change: { progress: 10, health: 'green' },
          report: {
            id: 201,
            health: 'green',
            summary: '14 klynger har fået sparring på deres internationale strategi.',
            risks: '',
            nextSteps: 'Sparringsforløb for de sidste seks klynger i efteråret.',
            authorName: 'Anne-Grethe Bøgh',
            submittedAt: '2017-05-29T10:00:00.000Z',
          },
          overdue: [],
          upcoming: [
            milestone(
              'Internationale strategier for alle Guld- og Sølvklynger',
              -30,
              'Anne-Grethe Bøgh',
              'in_progress',
            ),
          ],
        },
        {
          id: 23,
          code: 'B.3',
          title: "Øget dansk deltagelse i EU's Horizon2020-program gennem klyngerne",
          status: 'on_hold',
          health: 'red',
          progress: 20,
          change: { progress: 0, health: 'amber' },
          report: {
            id: 203,
            health: 'red',
            summary:
              'Kun to klyngeansøgninger er sendt til Horizon2020 i foråret mod de planlagte seks.',
            risks:
              'Uden en fast rådgiver i sekretariatet når klyngerne ikke ansøgningsfristerne i ' +
              'efteråret.',
            nextSteps: 'Styregruppen bedes tage stilling til en rådgiverfunktion.',
            authorName: 'Søren Østergaard',
            submittedAt: '2017-06-01T15:20:00.000Z',
          },
          overdue: [
            milestone('Seks klyngeansøgninger til Horizon2020', 45, 'Søren Østergaard', 'delayed'),
            milestone('Informationsmøde for klyngerne om EU-midler', 3, 'Birgitte Åberg'),
          ],
          upcoming: [],
        },
      ]),
      focusArea(3, 'C', 'Klynger som en driver i det regionale økosystem', [
        {
          id: 31,
          code: 'C.1',
          title: 'Øget synergi ml. lokale/regionale og nationale klyngeindsatser',
          status: 'in_progress',
          health: 'amber',
          progress: 45,
          change: null,
          report: null,
          overdue: [],
          upcoming: [
            milestone('Fælles årshjul for regionale klyngeindsatser', 0, 'Birgitte Åberg'),
            milestone('Regionale vækstfora godkender koordinationsmodel', -21, null),
          ],
        },
        {
          id: 32,
          code: 'C.2',
          title: 'Styrket samarbejde ml. klynger og erhvervsfremmeaktører i økosystemet',
          status: 'completed',
          health: 'green',
          progress: 100,
          change: { progress: 20, health: 'green' },
          report: {
            id: 302,
            health: 'green',
            summary:
              'Samarbejdsaftaler med alle væksthuse er på plads, og henvisningen af virksomheder ' +
              'mellem væksthuse og klynger følges kvartalsvis.',
            risks: 'Ingen væsentlige risici.',
            nextSteps: 'Initiativet afsluttes; opfølgningen overgår til drift.',
            authorName: 'Lise Ærø',
            submittedAt: '2017-05-30T12:00:00.000Z',
          },
          overdue: [],
          upcoming: [],
        },
      ]),
    ],
    targets: [
      {
        id: 1,
        number: 1,
        title: 'Virksomheder med nye innovationer',
        unit: 'virksomheder',
        series: [
          {
            key: 'main',
            label: 'Virksomheder med nye innovationer',
            baselineValue: 1600,
            baselineYear: 2014,
            targetValue: 2000,
            targetYear: 2018,
            latest: { year: 2016, value: 1750 },
          },
        ],
      },
      {
        id: 2,
        number: 2,
        title: 'Regional fordeling af virksomheder med nye innovationer',
        unit: 'virksomheder',
        series: [
          {
            key: 'main',
            label: 'Virksomheder med nye innovationer pr. region',
            baselineValue: null,
            baselineYear: null,
            targetValue: null,
            targetYear: 2018,
            latest: null,
          },
        ],
      },
      {
        id: 3,
        number: 3,
        title: 'Virksomheder i samarbejdsprojekter med videninstitutioner',
        unit: 'virksomheder',
        series: [
          {
            key: 'main',
            label: 'Virksomheder i samarbejdsprojekter med videninstitutioner',
            baselineValue: 1800,
            baselineYear: 2014,
            targetValue: 2500,
            targetYear: 2018,
            latest: { year: 2016, value: 2100 },
          },
        ],
      },
      {
        id: 4,
        number: 4,
        title: 'Virksomheder i internationale aktiviteter',
        unit: 'virksomheder',
        series: [
          {
            key: 'main',
            label: 'Virksomheder i internationale aktiviteter',
            baselineValue: 900,
            baselineYear: 2014,
            targetValue: 1500,
            targetYear: 2018,
            latest: null,
          },
        ],
      },
      {
        id: 5,
        number: 5,
        title: 'Guld- og Sølvklynger',
        unit: 'klynger',
        series: [
          {
            key: 'gold',
            label: 'Guldklynger',
            baselineValue: 7,
            baselineYear: 2014,
            targetValue: 10,
            targetYear: 2018,
            latest: { year: 2016, value: 8 },
          },
          {
            key: 'silver',
            label: 'Sølvklynger',
            baselineValue: 2,
            baselineYear: 2014,
            targetValue: 10,
            targetYear: 2018,
            latest: { year: 2016, value: 5 },
          },
        ],
      },
    ],
    outcomes: [
      {
        id: 1,
        kind: 'action',
        text:
          'Sekretariatet udarbejder et oplæg om en fast EU-rådgiver for klyngerne til ' +
          'styregruppens næste møde.',
        responsiblePersonId: 4,
        responsibleName: 'Søren Østergaard',
        dueDate: '2017-09-01',
        initiativeId: 23,
        milestoneId: 590,
        createdAt: '2017-06-15T11:30:00.000Z',
      },
    ],
  };
}
