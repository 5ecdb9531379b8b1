import type { PageMessages } from '../i18n/pageMessages';

/**
 * What changing a milestone's status says (`pejling.milestoneStatusChange.*`), in a row of
 * a list or My work, one or many at once: loaded with those pages, not with every page as
 * da.ts and en.ts are.
 */
const da = {
  pejling: {
    milestoneStatusChange: {
      label: 'Status for milepælen »%{title}«',
      saving: 'Gemmer …',
      saved: 'Milepælen »%{title}« har nu status %{status}.',
      conflict:
        'En anden har ændret milepælen »%{title}«, mens du så på den. Din ændring er ikke gemt. Den gemte status er %{status}, og den vises nu.',
      bulk_button: 'Skift status',
      bulk_title:
        'Skift status for %{smart_count} milepæl |||| Skift status for %{smart_count} milepæle',
      new_status: 'Ny status',
      apply: 'Skift',
      bulk_done:
        '%{smart_count} milepæl har fået status %{status}. |||| %{smart_count} milepæle har fået status %{status}.',
      bulk_conflict:
        'En anden har ændret %{smart_count} af milepælene, mens du så på dem. Ingen status er ændret. Listen viser nu de gemte data: vælg igen, og prøv på ny.',
    },
  },
};

const en: PageMessages<typeof da>['en'] = {
  pejling: {
    milestoneStatusChange: {
      label: 'Status of the milestone “%{title}”',
      saving: 'Saving …',
      saved: 'The milestone “%{title}” is now %{status}.',
      conflict:
        'Someone else changed the milestone “%{title}” while you were looking at it. Your change was not saved. Its saved status is %{status}, shown now.',
      bulk_button: 'Change status',
      bulk_title:
        'Change the status of %{smart_count} milestone |||| Change the status of %{smart_count} milestones',
      new_status: 'New status',
      apply: 'Change',
      bulk_done:
        '%{smart_count} milestone is now %{status}. |||| %{smart_count} milestones are now %{status}.',
      bulk_conflict:
        'Someone else changed %{smart_count} of the milestones while you were looking at them. No status was changed. The list now shows the saved data: select again and retry.',
    },
  },
};

export const statusChangeMessages: PageMessages<typeof da> = { da, en };
