import type { PageMessages } from '../i18n/pageMessages';

/**
 * What inviting a person says (`pejling.invitation.*`), in its own chunk: loaded with the
 * person's page, not with every page as da.ts and en.ts are.
 */
const da = {
  pejling: {
    invitation: {
      invite: 'Invitér',
      title: 'Invitation til %{name}',
      emailed:
        'Invitationen er sat i kø til at blive sendt pr. e-mail til %{email}, på personens sprog: %{language}. Du kan også give linket videre selv.',
      outbox:
        'Der er ingen mailserver sat op (SMTP_URL), så invitationen sendes ikke pr. e-mail. Giv linket videre til %{name} selv.',
      not_queued:
        'E-mailen til %{email} kunne ikke sættes i kø, fordi køen (Redis) ikke svarer. Den sendes, når køen svarer igen. Du kan også give linket videre selv.',
      intro:
        'Med linket vælger %{name} sin adgangskode. Linket kan kun bruges én gang; bruges et af dem, holder de andre op med at virke.',
      link: 'Link',
      expires: 'Linket udløber %{date}.',
    },
  },
};

const en: PageMessages<typeof da>['en'] = {
  pejling: {
    invitation: {
      invite: 'Invite',
      title: 'Invitation for %{name}',
      emailed:
        'The invitation is queued to be e-mailed to %{email}, in the person’s language: %{language}. You can also pass the link on yourself.',
      outbox:
        'No mail server is configured (SMTP_URL), so the invitation is not e-mailed. Pass the link on to %{name} yourself.',
      not_queued:
        'The e-mail to %{email} could not be queued, as the queue (Redis) does not answer. It is sent once the queue answers again. You can also pass the link on yourself.',
      intro:
        'With the link %{name} chooses their password. A link works only once; once one of them is used, the others stop working.',
      link: 'Link',
      expires: 'The link expires %{date}.',
    },
  },
};

export const invitationMessages: PageMessages<typeof da> = { da, en };
