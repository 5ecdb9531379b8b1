import type { PageMessages } from '../i18n/pageMessages';

/**
 * What the notification settings page says (`pejling.settings.*`, `pejling.calendar.*`), in
 * its own chunk: loaded with the page, not with every page as da.ts and en.ts are. The
 * app keeps the page's title (the user menu's too), the help on reminders (a person's form
 * has it too) and the notice that the choices are saved, which react-admin shows after a
 * new language has loaded (`pejling.settings.title`, `.enabled_help`, `.saved`).
 */
const da = {
  pejling: {
    settings: {
      reminders: 'Sprog og påmindelser pr. e-mail',
    },
    calendar: {
      title: 'Kalender',
      intro:
        'Abonnér på fristerne for dine milepæle i din kalender (Outlook, Google Kalender, Apple Kalender) med et personligt link.',
      active: 'Dit kalenderlink er aktivt. Det blev oprettet %{date}.',
      inactive: 'Du har intet kalenderlink.',
      create: 'Opret link',
      renew: 'Forny link',
      stop: 'Stop kalenderen',
      link: 'Dit kalenderlink',
      shown_once:
        'Linket vises kun denne ene gang: kopiér det nu, og tilføj det i din kalender som en abonnementskalender. Et tidligere link holder op med at virke.',
      renew_title: 'Forny kalenderlinket?',
      renew_content:
        'Du får et nyt link. Det nuværende link holder op med at virke, så du skal tilføje det nye i din kalender.',
      stop_title: 'Stop kalenderen?',
      stop_content:
        'Linket holder op med at virke, og din kalender får ikke flere frister fra Pejling.',
      stopped: 'Kalenderlinket virker ikke længere',
    },
  },
};

const en: PageMessages<typeof da>['en'] = {
  pejling: {
    settings: {
      reminders: 'Language and e-mail reminders',
    },
    calendar: {
      title: 'Calendar',
      intro:
        'Subscribe to the due dates of your milestones in your calendar (Outlook, Google Calendar, Apple Calendar) with a personal link.',
      active: 'Your calendar link is active. It was created %{date}.',
      inactive: 'You have no calendar link.',
      create: 'Create link',
      renew: 'Renew link',
      stop: 'Stop the calendar',
      link: 'Your calendar link',
      shown_once:
        'The link is shown only this once: copy it now and add it to your calendar as a subscription. Any earlier link stops working.',
      renew_title: 'Renew the calendar link?',
      renew_content:
        'You get a new link. The current link stops working, so you need to add the new one to your calendar.',
      stop_title: 'Stop the calendar?',
      stop_content:
        'The link stops working, and your calendar gets no more due dates from Pejling.',
      stopped: 'The calendar link no longer works',
    },
  },
};

export const settingsMessages: PageMessages<typeof da> = { da, en };
