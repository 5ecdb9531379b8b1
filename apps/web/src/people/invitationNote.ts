import type { InvitationResult } from '@pejling/contracts';
import type { Translate } from '../i18n/types';

/**
 * What the invitation dialog says of the e-mail: queued to the person's address in their
 * language; not sent at all, as no mail server is configured; or waiting for the queue.
 */
export function invitationNote({ email }: InvitationResult, name: string, t: Translate): string {
  if (email.mail === 'outbox') return t('pejling.invitation.outbox', { name });
  if (!email.queued) return t('pejling.invitation.not_queued', { email: email.to });
  return t('pejling.invitation.emailed', {
    email: email.to,
    language: t(`pejling.language.${email.language}`),
  });
}
