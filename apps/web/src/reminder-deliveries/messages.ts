import type { PageMessages } from '../i18n/pageMessages';

/**
 * What the delivery log's pages say about a delivery (`pejling.delivery.*`), loaded with
 * them rather than with every page as da.ts and en.ts are. The labels react-admin
 * translates itself (`resend`, `message`) stay in da.ts and en.ts.
 */
const da = {
  pejling: {
    delivery: {
      resent: 'Påmindelsen er sat i kø til at blive sendt igen',
      resent_outbox:
        'Påmindelsen er sat i kø igen, men der er ingen mailserver sat op (SMTP_URL): den lægges i udbakken og sendes ikke.',
      stale: 'Venter for længe',
      stale_help:
        'Den skulle være taget %{date}. Kører der en worker, og svarer køen (Redis)? En worker sætter det, køen har mistet, i kø igen.',
      next_attempt: 'Næste forsøg %{date}',
      stands_in: 'i stedet for kontaktpersonen',
      message_sent:
        'Som den blev sendt, lavet igen ud fra det, påmindelserne har registreret. Titler og navne er, som de er nu. Personlige links er udeladt.',
      message_unsent:
        'Som den vil blive sendt nu. Personlige links er udeladt: de laves, når e-mailen sendes.',
      message_to: 'Til',
      message_subject: 'Emne',
      message_failed: 'E-mailen kunne ikke vises.',
    },
  },
};

const en: PageMessages<typeof da>['en'] = {
  pejling: {
    delivery: {
      resent: 'The reminder is queued to be sent again',
      resent_outbox:
        'The reminder is queued again, but no mail server is configured (SMTP_URL): it goes to the outbox and is not sent.',
      stale: 'Waiting too long',
      stale_help:
        'It should have been taken %{date}. Is a worker running, and does the queue (Redis) answer? A worker queues again what the queue has lost.',
      next_attempt: 'Next attempt %{date}',
      stands_in: 'in place of the contact person',
      message_sent:
        'As it was sent, made again from what the reminders recorded. Titles and names are as they are now. Personal links are left out.',
      message_unsent:
        'As it will be sent now. Personal links are left out: they are made when the e-mail is sent.',
      message_to: 'To',
      message_subject: 'Subject',
      message_failed: 'The e-mail could not be shown.',
    },
  },
};

export const deliveryMessages: PageMessages<typeof da> = { da, en };
