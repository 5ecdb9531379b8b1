import { smtpUrlProblem } from '../config/smtp-url';
import { smtpOptions } from './smtp-options';

describe('SMTP_URL', () => {
  it('smtps:// is TLS from the start, with the credentials of the URL', () => {
    expect(smtpOptions('smtps://pejling%40kf.dk:p%C3%A5ss@mail.example.dk', 30_000)).toMatchObject({
      host: 'mail.example.dk',
      port: 465,
      secure: true,
      requireTLS: false,
      ignoreTLS: false,
      auth: { user: 'pejling@kf.dk', pass: 'påss' },
      pool: true,
    });
  });

  it('smtp:// to another machine requires STARTTLS, so credentials never go in clear', () => {
    expect(smtpOptions('smtp://user:pw@mail.example.dk:587', 30_000)).toMatchObject({
      port: 587,
      secure: false,
      requireTLS: true,
      ignoreTLS: false,
    });
    // 127.0.0.1 is loopback, 192.0.2.1 is not.
    expect(smtpOptions('smtp://192.0.2.1:25', 30_000)).toMatchObject({ requireTLS: true });
  });

  it('sends in clear only when SMTP_URL says ?tls=off, or on the loopback interface', () => {
    expect(smtpOptions('smtp://relay.example.dk:25?tls=off', 30_000)).toMatchObject({
      requireTLS: false,
      ignoreTLS: true,
    });
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '[::1]']) {
      expect(smtpOptions(`smtp://${host}:2525`, 30_000)).toMatchObject({
        port: 2525,
        requireTLS: false,
        ignoreTLS: true,
      });
    }
    expect(smtpOptions('smtp://127.0.0.1:2525', 30_000)).not.toHaveProperty('auth');
  });

  it('waits SMTP_TIMEOUT_MS for the server to connect, greet and answer', () => {
    expect(smtpOptions('smtp://127.0.0.1:2525', 250)).toMatchObject({
      connectionTimeout: 250,
      greetingTimeout: 250,
      socketTimeout: 250,
    });
  });

  it('takes ?tls=off and nothing else', () => {
    expect(smtpUrlProblem('smtp://relay.example.dk?tls=off')).toBeUndefined();
    expect(smtpUrlProblem('smtp://relay.example.dk')).toBeUndefined();
    expect(smtpUrlProblem('smtp://relay.example.dk?tls=no')).toBe(
      'tls may only be "off", not "no"',
    );
    expect(smtpUrlProblem('smtp://relay.example.dk?secure=false')).toBe(
      'takes no parameter secure (only ?tls=off)',
    );
    expect(smtpUrlProblem('smtps://mail.example.dk?tls=off')).toMatch(/smtps:\/\/ is TLS itself/);
  });
});
