import type { ParsedMail } from 'mailparser';

/** The sign-in links in a reminder e-mail's text, in order. */
export function signInLinks(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(/https?:\/\/\S+\/#\/link\?token=[\w-]+/g)].map((m) => m[0]);
}

/** The unsubscribe link in a reminder e-mail's text, if there is one. */
export function unsubscribeLink(text: string | undefined): string | undefined {
  return /https?:\/\/\S+\/#\/unsubscribe\?token=[\w-]+/.exec(text ?? '')?.[0];
}

/** The token of a link from an e-mail. */
export function tokenOf(link: string): string {
  const token = /[?&]token=([\w-]+)/.exec(link)?.[1];
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

/** Whom a received e-mail is to, as its To header names them: "Name <address>, …". */
export function recipientsOf(mail: ParsedMail): string {
  return (Array.isArray(mail.to) ? mail.to : [mail.to]).map((to) => to?.text ?? '').join(', ');
}
