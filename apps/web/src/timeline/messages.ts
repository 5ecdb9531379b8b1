import { GLOSSARY } from '@pejling/contracts';
import type { PageMessages } from '../i18n/pageMessages';

/**
 * What the timeline says (`pejling.timeline.*`), in its own chunk: loaded with the page,
 * not with every page as da.ts and en.ts are. The menu's and the page's title is the app's
 * (`pejling.timeline.title`).
 */
const da = {
  pejling: {
    timeline: {
      error: 'Tidslinjen kunne ikke hentes. Prøv igen om lidt.',
      period: 'Periode: %{start} – %{end}',
      today: 'I dag: %{date}',
      today_marker: 'I dag',
      today_outside: 'Dagen i dag ligger uden for det viste tidsrum.',
      zoom: 'Vis tidsrum',
      zoom_all: 'Hele perioden',
      zoom_year: 'År',
      zoom_quarter: 'Kvartal',
      previous: 'Forrige tidsrum',
      next: 'Næste tidsrum',
      quarter_of: '%{quarter}. kvartal %{year}',
      expand_all: 'Fold alle ud',
      collapse_all: 'Fold alle sammen',
      expand: 'Fold %{name} ud',
      collapse: 'Fold %{name} sammen',
      initiative: 'Initiativ',
      initiatives_count: '%{smart_count} initiativ |||| %{smart_count} initiativer',
      marker: '%{title}, frist %{date}, %{status}',
      due: 'Frist: %{date}',
      completed: `${GLOSSARY.da.completedOn} %{date}`,
      health: 'Trafiklys: %{health}',
      legend: 'Signaturforklaring',
      legend_health: 'Initiativernes trafiklys',
      legend_milestones: 'Milepæle',
    },
  },
};

const en: PageMessages<typeof da>['en'] = {
  pejling: {
    timeline: {
      error: 'The timeline could not be loaded. Try again in a moment.',
      period: 'Period: %{start} – %{end}',
      today: 'Today: %{date}',
      today_marker: 'Today',
      today_outside: 'Today lies outside the period shown.',
      zoom: 'Period shown',
      zoom_all: 'Whole period',
      zoom_year: 'Year',
      zoom_quarter: 'Quarter',
      previous: 'Previous period',
      next: 'Next period',
      quarter_of: 'Q%{quarter} %{year}',
      expand_all: 'Expand all',
      collapse_all: 'Collapse all',
      expand: 'Expand %{name}',
      collapse: 'Collapse %{name}',
      initiative: 'Initiative',
      initiatives_count: '%{smart_count} initiative |||| %{smart_count} initiatives',
      marker: '%{title}, due %{date}, %{status}',
      due: 'Due: %{date}',
      completed: `${GLOSSARY.en.completedOn} %{date}`,
      health: 'Health: %{health}',
      legend: 'Legend',
      legend_health: 'Initiatives’ health',
      legend_milestones: 'Milestones',
    },
  },
};

export const timelineMessages: PageMessages<typeof da> = { da, en };
