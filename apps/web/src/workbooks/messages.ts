import type { PageMessages } from '../i18n/pageMessages';

/**
 * What the import page and the workbook buttons say (`pejling.workbook.*`), in a chunk of
 * their own: loaded with those pages, not with every page as da.ts and en.ts are. The
 * menu's and the page's title is the app's (`pejling.imports.title`).
 */
const da = {
  pejling: {
    workbook: {
      download: 'Hent som regneark',
      template: 'Hent tom skabelon',
      import: 'Importér regneark',
      intro:
        'Læs en plan ind fra et regneark (.xlsx eller .csv), fx et hentet med »Hent som regneark« eller »Hent tom skabelon«. Først ser du, hvad filen vil ændre; intet gemmes, før du vælger »Anvend«.',
      choose: 'Vælg fil',
      file: 'Regneark (.xlsx eller .csv)',
      no_file: 'Ingen fil valgt',
      strategy: 'Strategi, der skal opdateres',
      new_strategy: 'En ny strategi fra regnearket',
      upload: 'Indlæs regnearket',
      uploading: 'Indlæser %{name} …',
      too_large: 'Filen er for stor: %{detail}',
      unreadable: 'Filen kunne ikke læses: %{detail}',
      read: 'Regnearket %{name} er læst. Se nedenfor, hvad det vil ændre.',
      read_with_errors:
        'Regnearket %{name} er læst, men har %{smart_count} fejl, som skal rettes, før det kan anvendes. |||| Regnearket %{name} er læst, men har %{smart_count} fejl, som skal rettes, før det kan anvendes.',
      expires: 'Ændringerne kan anvendes indtil %{time}.',
      summary: {
        title: 'Resumé',
        create: 'Nye',
        update: 'Ændrede',
        unchanged: 'Uændrede',
        conflicts: 'Konflikter',
        errors: 'Fejl',
        notInFile: 'Ikke i filen',
      },
      errors: {
        title: 'Fejl i filen',
        caption: 'Fejlene efter ark og række',
        note: 'Filen har %{smart_count} fejl. Ret regnearket, og indlæs det igen: det kan ikke anvendes før. |||| Filen har %{smart_count} fejl. Ret regnearket, og indlæs det igen: det kan ikke anvendes før.',
        sheet: 'Ark',
        row: 'Række',
        column: 'Kolonne',
        message: 'Fejl',
        suggestion: 'Forslag',
      },
      changes: {
        title: 'Ændringer i planen',
        none: 'Regnearket ændrer intet i planen.',
        row: 'Række',
        record: 'Element',
        action: 'Handling',
        fields: 'Før → efter',
        create: 'Ny',
        update: 'Ændret',
        renamed_from: 'omdøbt fra %{key}',
        empty: '(tom)',
        show_all: 'Vis alle %{smart_count} ændringer i %{sheet}',
        shown: 'Viser de første %{shown} af %{smart_count} ændringer i %{sheet}.',
      },
      shared: {
        title: 'Organisationer og personer',
        note: 'Organisationer og personer deles med andre strategier: ændringerne gælder også dér.',
        confirm_column: 'Bekræft',
        confirm: 'Bekræft ændring af e-mail eller rolle',
        confirm_label: 'Bekræft ændring af e-mail eller rolle for %{key}',
      },
      conflicts: {
        title: 'Konflikter',
        note: 'Disse elementer er ændret i Pejling, siden regnearket blev hentet. Hent det igen, og overfør dine ændringer til det.',
        item: '%{place}: %{key} (læst i version %{read}, nu version %{now})',
        row: '%{sheet}, række %{row}',
      },
      not_in_file: {
        title: 'Ikke i filen',
        note: 'Disse elementer findes i Pejling, men ikke i regnearket. De beholdes, medmindre du vælger at slette dem.',
        caption: 'Elementer, der ikke er i regnearket',
        delete: 'Slet',
        delete_label: 'Slet %{sheet}: %{key}',
        sheet: 'Ark',
        record: 'Element',
      },
      apply: 'Anvend',
      applying: 'Anvender ændringerne …',
      blocked: {
        not_previewed: 'Disse ændringer kan ikke længere anvendes. Indlæs regnearket igen.',
        errors: 'Ret fejlene i regnearket, og indlæs det igen, før det kan anvendes.',
        unconfirmed:
          'Bekræft ændringen af e-mail eller rolle ovenfor, før regnearket kan anvendes. |||| Bekræft de %{smart_count} ændringer af e-mail eller rolle ovenfor, før regnearket kan anvendes.',
      },
      applied:
        'Regnearket er anvendt: %{created} oprettet, %{updated} ændret og %{deleted} slettet.',
      to_strategy: 'Gå til strategien',
      refused: 'Ændringerne blev ikke anvendt: %{detail}',
      changed_since:
        'Ændringerne blev ikke anvendt, fordi elementer er ændret siden: %{detail}. Hent regnearket igen, og overfør dine ændringer til det.',
      expired:
        'Ændringerne blev ikke anvendt, fordi de er for gamle: %{detail}. Indlæs regnearket igen.',
    },
  },
};

const en: PageMessages<typeof da>['en'] = {
  pejling: {
    workbook: {
      download: 'Download as a workbook',
      template: 'Download a blank template',
      import: 'Import a workbook',
      intro:
        'Read a plan from a workbook (.xlsx or .csv), such as one downloaded with "Download as a workbook" or "Download a blank template". You first see what the file would change; nothing is saved until you choose "Apply".',
      choose: 'Choose a file',
      file: 'Workbook (.xlsx or .csv)',
      no_file: 'No file chosen',
      strategy: 'Strategy to update',
      new_strategy: 'A new strategy from the workbook',
      upload: 'Upload the workbook',
      uploading: 'Uploading %{name} …',
      too_large: 'The file is too large: %{detail}',
      unreadable: 'The file could not be read: %{detail}',
      read: 'The workbook %{name} has been read. See below what it would change.',
      read_with_errors:
        'The workbook %{name} has been read, but has %{smart_count} error to correct before it can be applied. |||| The workbook %{name} has been read, but has %{smart_count} errors to correct before it can be applied.',
      expires: 'The changes can be applied until %{time}.',
      summary: {
        title: 'Summary',
        create: 'New',
        update: 'Changed',
        unchanged: 'Unchanged',
        conflicts: 'Conflicts',
        errors: 'Errors',
        notInFile: 'Not in the file',
      },
      errors: {
        title: 'Errors in the file',
        caption: 'The errors by sheet and row',
        note: 'The file has %{smart_count} error. Correct the workbook and upload it again: it cannot be applied before. |||| The file has %{smart_count} errors. Correct the workbook and upload it again: it cannot be applied before.',
        sheet: 'Sheet',
        row: 'Row',
        column: 'Column',
        message: 'Error',
        suggestion: 'Suggestion',
      },
      changes: {
        title: 'Changes to the plan',
        none: 'The workbook changes nothing in the plan.',
        row: 'Row',
        record: 'Record',
        action: 'Action',
        fields: 'Before → after',
        create: 'New',
        update: 'Changed',
        renamed_from: 'renamed from %{key}',
        empty: '(empty)',
        show_all: 'Show all %{smart_count} changes in %{sheet}',
        shown: 'Showing the first %{shown} of %{smart_count} changes in %{sheet}.',
      },
      shared: {
        title: 'Organisations and people',
        note: 'Other strategies share organisations and people: the changes apply there too.',
        confirm_column: 'Confirm',
        confirm: 'Confirm the change of e-mail or role',
        confirm_label: 'Confirm the change of e-mail or role for %{key}',
      },
      conflicts: {
        title: 'Conflicts',
        note: 'These records have changed in Pejling since the workbook was downloaded. Download it again and carry your changes over to it.',
        item: '%{place}: %{key} (read at version %{read}, now version %{now})',
        row: '%{sheet}, row %{row}',
      },
      not_in_file: {
        title: 'Not in the file',
        note: 'These records are in Pejling but not in the workbook. They are kept unless you choose to delete them.',
        caption: 'Records not in the workbook',
        delete: 'Delete',
        delete_label: 'Delete %{sheet}: %{key}',
        sheet: 'Sheet',
        record: 'Record',
      },
      apply: 'Apply',
      applying: 'Applying the changes …',
      blocked: {
        not_previewed: 'These changes can no longer be applied. Upload the workbook again.',
        errors: 'Correct the errors in the workbook and upload it again before it can be applied.',
        unconfirmed:
          'Confirm the change of e-mail or role above before the workbook can be applied. |||| Confirm the %{smart_count} changes of e-mail or role above before the workbook can be applied.',
      },
      applied:
        'The workbook has been applied: %{created} created, %{updated} changed and %{deleted} deleted.',
      to_strategy: 'Go to the strategy',
      refused: 'The changes were not applied: %{detail}',
      changed_since:
        'The changes were not applied because records have changed since: %{detail}. Download the workbook again and carry your changes over to it.',
      expired:
        'The changes were not applied because they are too old: %{detail}. Upload the workbook again.',
    },
  },
};

export const workbookMessages: PageMessages<typeof da> = { da, en };
