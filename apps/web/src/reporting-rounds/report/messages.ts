import { GLOSSARY } from '@pejling/contracts';
import type { PageMessages } from '../../i18n/pageMessages';

/**
 * What a round's report says (`pejling.roundReport.*`), in its own chunk: loaded with the
 * report's page, not with every page as da.ts and en.ts are.
 */
const da = {
  pejling: {
    roundReport: {
      title: 'Rapport',
      kicker: 'Rapport til styregruppen',
      back: 'Tilbage til runden',
      print: 'Udskriv',
      dates: 'Møde %{meeting} · frist for rapporter %{due} · status pr. %{asOf}',
      frozen:
        'Rapporten blev låst, da runden blev lukket %{closed}. Senere ændringer i planen ændrer den ikke. Beslutninger og handlingspunkter er de aktuelle.',
      live: 'Runden er ikke lukket: tallene er, som de står i dag, og rapporten låses, når runden lukkes.',
      summary: 'Sammenfatning',
      reported:
        '%{reported} af %{smart_count} initiativ har indsendt en statusrapport. |||| %{reported} af %{smart_count} initiativer har indsendt en statusrapport.',
      health_by_area: 'Trafiklys pr. indsatsområde',
      total: 'I alt',
      targets: 'Pejlemærker',
      baseline: 'Udgangspunkt',
      latest: 'Seneste måling',
      target: 'Mål',
      not_measured: 'ikke opgjort',
      no_target: 'ikke fastsat',
      no_targets: 'Strategien har ingen pejlemærker.',
      changes: 'Ændringer siden sidste runde',
      changes_since: 'Ændringer siden %{title} (%{date})',
      change: 'Ændring',
      no_previous: 'Der er ingen tidligere lukket runde at sammenligne med.',
      no_changes: 'Intet initiativ har skiftet trafiklys eller fremdrift siden sidste runde.',
      health_change: 'trafiklys %{from} → %{to}',
      progress_change: 'fremdrift %{points} procentpoint (nu %{progress})',
      since_previous: 'Siden sidste runde: %{change}',
      reported_by: 'Indsendt af %{name} %{at}',
      no_report: 'Ingen statusrapport',
      outside_round: 'Seneste rapport, indsendt %{at} af %{name}, uden for runden',
      overdue: GLOSSARY.da.overdueMilestones,
      upcoming: 'Milepæle de næste 60 dage',
      days_late: 'I forhold til fristen',
      moved: GLOSSARY.da.movedMilestones,
      moved_count:
        '%{smart_count} milepæl i rundens initiativer har fået en ny frist |||| %{smart_count} milepæle i rundens initiativer har fået en ny frist',
      no_initiatives: 'Ingen af indsatsområdets initiativer er med i runden.',
      decisions: 'Beslutninger',
      actions: 'Handlingspunkter',
      no_decisions: 'Ingen beslutninger.',
      no_actions: 'Ingen handlingspunkter.',
    },
  },
};

const en: PageMessages<typeof da>['en'] = {
  pejling: {
    roundReport: {
      title: 'Report',
      kicker: 'Report to the steering group',
      back: 'Back to the round',
      print: 'Print',
      dates: 'Meeting %{meeting} · reports due %{due} · as of %{asOf}',
      frozen:
        'The report was frozen when the round was closed %{closed}. Later changes to the plan do not alter it. Decisions and action items are the current ones.',
      live: 'The round is not closed: the figures are as they stand today, and the report is frozen when the round closes.',
      summary: 'Summary',
      reported:
        '%{reported} of %{smart_count} initiative has submitted a status report. |||| %{reported} of %{smart_count} initiatives have submitted a status report.',
      health_by_area: 'Health by focus area',
      total: 'Total',
      targets: 'Targets',
      baseline: 'Baseline',
      latest: 'Latest measurement',
      target: 'Target',
      not_measured: 'not measured',
      no_target: 'not set',
      no_targets: 'The strategy has no targets.',
      changes: 'Changes since the last round',
      changes_since: 'Changes since %{title} (%{date})',
      change: 'Change',
      no_previous: 'There is no earlier closed round to compare with.',
      no_changes: 'No initiative has changed health or progress since the last round.',
      health_change: 'health %{from} → %{to}',
      progress_change: 'progress %{points} percentage points (now %{progress})',
      since_previous: 'Since the last round: %{change}',
      reported_by: 'Submitted by %{name} %{at}',
      no_report: 'No status report',
      outside_round: 'Latest report, submitted %{at} by %{name}, outside this round',
      overdue: GLOSSARY.en.overdueMilestones,
      upcoming: 'Milestones in the next 60 days',
      days_late: 'Relative to the due date',
      moved: GLOSSARY.en.movedMilestones,
      moved_count:
        "%{smart_count} milestone in this round's initiatives has a new due date |||| %{smart_count} milestones in this round's initiatives have a new due date",
      no_initiatives: 'None of the focus area’s initiatives is in the round.',
      decisions: 'Decisions',
      actions: 'Action items',
      no_decisions: 'No decisions.',
      no_actions: 'No action items.',
    },
  },
};

export const roundReportMessages: PageMessages<typeof da> = { da, en };
