import type { PageMessages } from '../i18n/pageMessages';

/**
 * What the unsubscribe page says (`pejling.unsubscribe.*`), in its own chunk: loaded with
 * the page, not with every page as da.ts and en.ts are.
 */
const da = {
  pejling: {
    unsubscribe: {
      title: 'Afmeld påmindelser',
      intro:
        'Du får så ikke flere påmindelser om frister pr. e-mail. Eskaleringer får du stadig: besked, når en milepæl længe har været overskredet.',
      confirm: 'Afmeld påmindelser',
      done: '%{name} får ikke flere påmindelser. Eskaleringer kommer stadig. Du kan slå påmindelserne til igen under Notifikationer.',
      invalid:
        'Linket virker ikke: det er ukendt eller udløbet. Log ind, og slå påmindelserne fra under Notifikationer.',
      to_settings: 'Gå til Notifikationer',
    },
  },
};

const en: PageMessages<typeof da>['en'] = {
  pejling: {
    unsubscribe: {
      title: 'Unsubscribe from reminders',
      intro:
        'You will then get no more e-mail reminders about due dates. You still get escalations: word when a milestone is well past its due date.',
      confirm: 'Unsubscribe from reminders',
      done: '%{name} gets no more reminders. Escalations still come. You can turn reminders on again under Notifications.',
      invalid:
        'The link does not work: it is unknown or expired. Sign in and turn reminders off under Notifications.',
      to_settings: 'Go to Notifications',
    },
  },
};

export const unsubscribeMessages: PageMessages<typeof da> = { da, en };
