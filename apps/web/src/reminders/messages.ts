import type { PageMessages } from '../i18n/pageMessages';

/**
 * What the page that runs the reminders says (`pejling.run.*`), in its own chunk: loaded
 * with the page, not with every page as da.ts and en.ts are. The menu's and the page's
 * title is the app's (`pejling.run.title`).
 */
const da = {
  pejling: {
    run: {
      intro:
        'Pejling sender påmindelserne af sig selv hver morgen. Her kan du se, hvem der får hvad en given dag, og sende det med det samme. En påmindelse, der allerede er registreret for dagen, sendes ikke igen.',
      as_of: 'Dato',
      preview: 'Forhåndsvis',
      send: 'Send nu',
      confirm_title: 'Send påmindelser for %{date}?',
      confirm_content: 'Påmindelser, der allerede er registreret for dagen, sendes ikke igen.',
      due: '%{smart_count} påmindelse gælder %{date}. |||| %{smart_count} påmindelser gælder %{date}.',
      none_due: 'Ingen påmindelser gælder %{date}.',
      would_record:
        'Send nu registrerer %{smart_count} ny påmindelse. |||| Send nu registrerer %{smart_count} nye påmindelser.',
      would_queue:
        'E-mail sættes i kø til %{smart_count} modtager. |||| E-mail sættes i kø til %{smart_count} modtagere.',
      would_outbox:
        'Der er ingen mailserver sat op (SMTP_URL): e-mail til %{smart_count} modtager lægges i udbakken og sendes ikke. |||| Der er ingen mailserver sat op (SMTP_URL): e-mail til %{smart_count} modtagere lægges i udbakken og sendes ikke.',
      would_nothing: 'Send nu har intet nyt at sende: det hele er allerede registreret for dagen.',
      queue_down:
        'Køen (Redis) svarer ikke: Send nu kan ikke sætte e-mail i kø, før den svarer igen.',
      recorded:
        '%{smart_count} ny påmindelse er registreret. |||| %{smart_count} nye påmindelser er registreret.',
      none_recorded: 'Ingen nye påmindelser.',
      queued:
        'E-mail er sat i kø til %{smart_count} modtager. |||| E-mail er sat i kø til %{smart_count} modtagere.',
      outbox:
        'Der er ingen mailserver sat op (SMTP_URL): e-mail til %{smart_count} modtager ligger i udbakken og sendes ikke. |||| Der er ingen mailserver sat op (SMTP_URL): e-mail til %{smart_count} modtagere ligger i udbakken og sendes ikke.',
      nothing_new: 'Intet nyt at sende: påmindelserne for denne dag er allerede registreret.',
      day: 'Registreret for dagen',
      recorded_column: 'Registreret',
      new: 'Ny',
      missing_contact:
        '%{organisation} har ingen kontaktperson. Det, kontaktpersonen skulle have haft, får i stedet: %{names}.',
      set_contact: 'Sæt en kontaktperson',
      missing_lead:
        'Initiativer uden ansvarlig organisation har ingen kontaktperson. I stedet får: %{names}.',
      to_log: 'Se påmindelsesloggen',
    },
  },
};

const en: PageMessages<typeof da>['en'] = {
  pejling: {
    run: {
      intro:
        'Pejling sends the reminders by itself every morning. Here you can see who gets what on a given day, and send it right away. A reminder already recorded for the day is not sent again.',
      as_of: 'Date',
      preview: 'Preview',
      send: 'Send now',
      confirm_title: 'Send the reminders for %{date}?',
      confirm_content: 'Reminders already recorded for the day are not sent again.',
      due: '%{smart_count} reminder falls on %{date}. |||| %{smart_count} reminders fall on %{date}.',
      none_due: 'No reminders fall on %{date}.',
      would_record:
        'Send now records %{smart_count} new reminder. |||| Send now records %{smart_count} new reminders.',
      would_queue:
        'E-mail is queued to %{smart_count} recipient. |||| E-mail is queued to %{smart_count} recipients.',
      would_outbox:
        'No mail server is configured (SMTP_URL): e-mail to %{smart_count} recipient goes to the outbox and is not sent. |||| No mail server is configured (SMTP_URL): e-mail to %{smart_count} recipients goes to the outbox and is not sent.',
      would_nothing:
        'Send now has nothing new to send: everything is recorded for the day already.',
      queue_down: 'The queue (Redis) does not answer: Send now cannot queue e-mail until it does.',
      recorded:
        '%{smart_count} new reminder has been recorded. |||| %{smart_count} new reminders have been recorded.',
      none_recorded: 'No new reminders.',
      queued:
        'E-mail is queued to %{smart_count} recipient. |||| E-mail is queued to %{smart_count} recipients.',
      outbox:
        'No mail server is configured (SMTP_URL): e-mail to %{smart_count} recipient waits in the outbox and is not sent. |||| No mail server is configured (SMTP_URL): e-mail to %{smart_count} recipients waits in the outbox and is not sent.',
      nothing_new: 'Nothing new to send: the reminders for this day have been recorded already.',
      day: 'Recorded for the day',
      recorded_column: 'Recorded',
      new: 'New',
      missing_contact:
        '%{organisation} has no contact person. What the contact person would have been told goes instead to: %{names}.',
      set_contact: 'Set a contact person',
      missing_lead:
        'Initiatives without a lead organisation have no contact person. Told instead: %{names}.',
      to_log: 'See the delivery log',
    },
  },
};

export const runMessages: PageMessages<typeof da> = { da, en };
