import type { InvitationResult } from '@pejling/contracts';
import da from '../i18n/da';
import en from '../i18n/en';
import { translatorOf } from '../i18n/translator';
import { invitationMessages } from './invitationMessages';
import { invitationNote } from './invitationNote';

/** The invitation's `translate`: its own messages, and the app's. */
const danish = translatorOf(invitationMessages.da, translatorOf(da));
const english = translatorOf(invitationMessages.en, translatorOf(en));

const invitation = (email: Partial<InvitationResult['email']>): InvitationResult => ({
  url: 'https://pejling.example.dk/#/set-password?token=abc',
  expiresAt: '2017-06-22T10:00:00.000Z',
  email: { to: 'eva@example.dk', language: 'en', mail: 'smtp', queued: true, ...email },
});

describe('what the invitation dialog says of the e-mail', () => {
  it('says whom it is e-mailed to, and in which language', () => {
    expect(invitationNote(invitation({}), 'Eva', danish)).toBe(
      'Invitationen er sat i kø til at blive sendt pr. e-mail til eva@example.dk, på personens sprog: Engelsk. Du kan også give linket videre selv.',
    );
  });

  it('says plainly that nothing is e-mailed without a mail server', () => {
    expect(invitationNote(invitation({ mail: 'outbox' }), 'Eva', danish)).toBe(
      'Der er ingen mailserver sat op (SMTP_URL), så invitationen sendes ikke pr. e-mail. Giv linket videre til Eva selv.',
    );
    expect(invitationNote(invitation({ mail: 'outbox' }), 'Eva', english)).toBe(
      'No mail server is configured (SMTP_URL), so the invitation is not e-mailed. Pass the link on to Eva yourself.',
    );
  });

  it('says that the e-mail waits while the queue does not answer', () => {
    expect(invitationNote(invitation({ queued: false }), 'Eva', english)).toMatch(
      /^The e-mail to eva@example\.dk could not be queued, as the queue \(Redis\) does not answer\./,
    );
  });
});
