import type SMTPPool from 'nodemailer/lib/smtp-pool';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);

/**
 * nodemailer's pooled SMTP options from `SMTP_URL`: `smtps://` is TLS from the start,
 * `smtp://` upgrades with STARTTLS when the server offers it, except on the loopback
 * interface, where a local relay or a test server offers a certificate nobody can check
 * and the message never leaves the machine (`ignoreTLS`).
 */
export function smtpOptions(url: string): SMTPPool.Options {
  const u = new URL(url);
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  const secure = u.protocol === 'smtps:';
  return {
    pool: true,
    maxConnections: 5,
    host,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ignoreTLS: !secure && LOOPBACK.has(host),
    ...(u.username
      ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } }
      : {}),
    // A server that does not answer must fail the attempt, so that it is retried.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}
