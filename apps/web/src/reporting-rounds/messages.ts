import type { PageMessages } from '../i18n/pageMessages';

/**
 * What a round's page says of its completion board (`pejling.board.*`) and of its decisions
 * and action items (`pejling.outcome.*`), in its own chunk: loaded with the round's page,
 * not with every page as da.ts and en.ts are.
 */
const da = {
  pejling: {
    board: {
      show: 'Vis:',
      all: 'Alle (%{count})',
      count: {
        submitted: 'Indsendt (%{count})',
        draft: 'Kladde (%{count})',
        missing: 'Mangler (%{count})',
      },
      code: 'Kode',
      initiative: 'Initiativ',
      completion: 'Besvarelse',
      author: 'Skrevet af',
      at: 'Tidspunkt',
      responsible: 'Ansvarlige',
      report: 'Rapport',
      write: {
        missing: 'Skriv rapport',
        draft: 'Fortsæt rapport',
        submitted: 'Se eller ret',
      },
      read: 'Se rapport',
      empty: 'Ingen initiativer at vise.',
      failed: 'Besvarelserne kunne ikke hentes. Genindlæs siden, og prøv igen.',
    },
    outcome: {
      add: 'Tilføj en beslutning eller et handlingspunkt',
      save: 'Tilføj',
      added: 'Tilføjet',
      added_milestone: 'Tilføjet. Handlingspunktet er også oprettet som milepæl på initiativet.',
      none: 'Ingen beslutninger eller handlingspunkter endnu.',
      draft_round: 'Beslutninger og handlingspunkter kan tilføjes, når runden er åbnet.',
      reviewed_round: 'Runden er gennemgået: dens beslutninger og handlingspunkter ligger fast.',
      due_required: 'Et handlingspunkt på et initiativ skal have en frist: det bliver en milepæl',
      initiative_help:
        'Vælger du et initiativ, bliver handlingspunktet en milepæl på det, så påmindelserne også dækker det.',
    },
  },
};

const en: PageMessages<typeof da>['en'] = {
  pejling: {
    board: {
      show: 'Show:',
      all: 'All (%{count})',
      count: {
        submitted: 'Submitted (%{count})',
        draft: 'Draft (%{count})',
        missing: 'Missing (%{count})',
      },
      code: 'Code',
      initiative: 'Initiative',
      completion: 'Answer',
      author: 'Written by',
      at: 'When',
      responsible: 'Responsible',
      report: 'Report',
      write: {
        missing: 'Write report',
        draft: 'Continue report',
        submitted: 'View or correct',
      },
      read: 'View report',
      empty: 'No initiatives to show.',
      failed: 'The answers could not be fetched. Reload the page and try again.',
    },
    outcome: {
      add: 'Add a decision or an action item',
      save: 'Add',
      added: 'Added',
      added_milestone: 'Added. The action item is also a milestone of the initiative now.',
      none: 'No decisions or action items yet.',
      draft_round: 'Decisions and action items can be added once the round is open.',
      reviewed_round: 'The round has been reviewed: its decisions and action items are final.',
      due_required: 'An action item on an initiative needs a due date: it becomes a milestone',
      initiative_help:
        'Choose an initiative and the action item becomes one of its milestones, so that the reminders cover it.',
    },
  },
};

export const roundMessages: PageMessages<typeof da> = { da, en };
