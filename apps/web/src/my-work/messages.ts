import { GLOSSARY } from '@pejling/contracts';
import type { PageMessages } from '../i18n/pageMessages';

/**
 * What My work says (`pejling.my_work.*`), in its own chunk: loaded with the page, not with
 * every page as da.ts and en.ts are. The menu's and the page's title is the app's
 * (`pejling.my_work.title`).
 */
const da = {
  pejling: {
    my_work: {
      error: 'Dit arbejde kunne ikke hentes. Prøv igen om lidt.',
      reports_title: 'Rapporter der venter på dig',
      figures_title: 'Tal der venter på dig',
      figures_count:
        '%{smart_count} tal for %{year} mangler eller er sendt retur |||| %{smart_count} tal for %{year} mangler eller er sendt retur',
      propose: 'Foreslå tal',
      propose_label: 'Foreslå tal til %{round}',
      milestones_title: 'Mine milepæle',
      initiatives_title: 'Mine initiativer',
      no_reports: 'Ingen rapporteringsrunder venter på en rapport fra dig.',
      no_milestones: 'Du har ingen milepæle at følge op på.',
      no_initiatives: 'Du har ikke ansvar for nogen initiativer.',
      round: 'Rapporteringsrunde',
      initiative: 'Initiativ',
      milestone: 'Milepæl',
      due: GLOSSARY.da.dueDate,
      status: 'Status',
      focus_area: 'Indsatsområde',
      health: 'Trafiklys',
      progress: 'Fremdrift',
      milestones: 'Milepæle',
      open_count: '%{smart_count} åben |||| %{smart_count} åbne',
      overdue_count: '%{smart_count} overskredet |||| %{smart_count} overskredne',
      report: 'Rapportér',
      report_label: 'Rapportér for %{initiative} til %{round}',
      draft: 'Kladde gemt',
      unassigned: 'Ingen ansvarlig',
      unassigned_hint:
        'Ingen er ansvarlig for milepælen, så den følges op af initiativets ansvarlige.',
      from_link: 'Fra din e-mail',
      not_listed: 'Milepælen fra linket er ikke på din liste.',
      open_milestone: 'Åbn milepælen',
    },
  },
};

const en: PageMessages<typeof da>['en'] = {
  pejling: {
    my_work: {
      error: 'Your work could not be loaded. Try again in a moment.',
      reports_title: 'Reports waiting for you',
      figures_title: 'Figures waiting for you',
      figures_count:
        '%{smart_count} figure for %{year} is missing or returned |||| %{smart_count} figures for %{year} are missing or returned',
      propose: 'Propose figures',
      propose_label: 'Propose figures for %{round}',
      milestones_title: 'My milestones',
      initiatives_title: 'My initiatives',
      no_reports: 'No reporting round is waiting for a report from you.',
      no_milestones: 'You have no milestones to follow up.',
      no_initiatives: 'You are not responsible for any initiatives.',
      round: 'Reporting round',
      initiative: 'Initiative',
      milestone: 'Milestone',
      due: GLOSSARY.en.dueDate,
      status: 'Status',
      focus_area: 'Focus area',
      health: 'Traffic light',
      progress: 'Progress',
      milestones: 'Milestones',
      open_count: '%{smart_count} open |||| %{smart_count} open',
      overdue_count: '%{smart_count} overdue |||| %{smart_count} overdue',
      report: 'Report',
      report_label: 'Report on %{initiative} for %{round}',
      draft: 'Draft saved',
      unassigned: 'Nobody responsible',
      unassigned_hint:
        "Nobody is responsible for the milestone, so the initiative's responsible people follow it up.",
      from_link: 'From your e-mail',
      not_listed: 'The milestone from the link is not on your list.',
      open_milestone: 'Open the milestone',
    },
  },
};

export const myWorkMessages: PageMessages<typeof da> = { da, en };
