import { isIP } from 'node:net';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { TLS_OFF } from '../config/smtp-url';

/** Whether mail to `host` never leaves this machine: `localhost`, 127.0.0.0/8 or ::1. */
function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/**
 * nodemailer's pooled SMTP options from `SMTP_URL`.
 *
 * - `smtps://` is TLS from the start.
 * - `smtp://` must upgrade with STARTTLS (`requireTLS`): a server that does not offer it
 *   fails the send rather than get the password and the mail in clear. `?tls=off` opts
 *   out, for a relay that cannot do TLS; then nothing is encrypted.
 * - On the loopback interface the message never leaves the machine, and a local relay or
 *   test server offers a certificate nobody can check: no TLS (`ignoreTLS`).
 *
 * `timeoutMs` (`SMTP_TIMEOUT_MS`) bounds each wait for the server: to connect, for its
 * greeting, and for any answer after that. A server that does not answer fails the
 * attempt, which is then retried.
 */
export function smtpOptions(url: string, timeoutMs: number): SMTPPool.Options {
  const u = new URL(url);
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  const secure = u.protocol === 'smtps:';
  const plain = !secure && (isLoopback(host) || u.searchParams.get('tls') === TLS_OFF);
  return {
    pool: true,
    maxConnections: 5,
    host,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    requireTLS: !secure && !plain,
    ignoreTLS: plain,
    ...(u.username
      ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } }
      : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  };
}
