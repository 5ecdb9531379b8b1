import type { Language } from '@pejling/contracts';
import { PLAN_TIME_ZONE } from '../../core/clock/clock';
import { formatInstantDay, oneLine } from '../../core/i18n/phrasing';
import type { RenderedMail } from '../digest/digest';
import { STYLE, escapeHtml, htmlPage, link } from '../digest/html';
import { PHRASES } from '../digest/phrases';
import { words, wrap } from '../digest/text';

export interface InvitationInput {
  person: { name: string; email: string; language: Language };
  /** The link that sets the password; null in a copy to read (see `MailLinks`). */
  url: string | null;
  /** When the link stops working (an instant, ISO 8601). */
  expiresAt: string;
}

/**
 * The e-mail that invites a person to choose their password, in their language: who it is
 * for, the link, and how long it works; as text and HTML saying the same.
 */
export function renderInvitation({ person, url, expiresAt }: InvitationInput): RenderedMail {
  const p = PHRASES[person.language] ?? PHRASES.da;
  if (url !== null && !/^https?:\/\//i.test(url))
    throw new RangeError(`Not an http(s) link: ${url}`);
  const greeting = p.greeting(oneLine(person.name));
  const intro = p.invitation.intro(oneLine(person.email));
  const expires = p.invitation.expires(formatInstantDay(p.locale, expiresAt, PLAN_TIME_ZONE));
  const text = [
    greeting,
    '',
    ...wrap(words(intro)),
    '',
    `${p.invitation.link}:`,
    url ?? p.linkLeftOut,
    '',
    ...wrap(words(expires)),
    '',
    '',
    p.signOff,
    'Pejling',
  ];
  const e = escapeHtml;
  const html = htmlPage(person.language, p.invitation.subject, [
    `<p>${e(greeting)}</p>`,
    `<p>${e(intro)}</p>`,
    `<p style="${STYLE.title}">${link(url, p.invitation.link, p.linkLeftOut)}</p>`,
    `<p>${e(expires)}</p>`,
    `<p style="margin-top:28px">${e(p.signOff)}<br>Pejling</p>`,
  ]);
  return { subject: `Pejling: ${p.invitation.subject}`, text: `${text.join('\n')}\n`, html };
}
