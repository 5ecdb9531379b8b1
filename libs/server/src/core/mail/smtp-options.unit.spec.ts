import { smtpOptions } from './smtp-options';

describe('SMTP_URL', () => {
  it('smtps:// is TLS from the start, with the credentials of the URL', () => {
    expect(smtpOptions('smtps://pejling%40kf.dk:p%C3%A5ss@mail.example.dk')).toMatchObject({
      host: 'mail.example.dk',
      port: 465,
      secure: true,
      ignoreTLS: false,
      auth: { user: 'pejling@kf.dk', pass: 'påss' },
      pool: true,
    });
  });

  it('smtp:// upgrades with STARTTLS, except on the loopback interface', () => {
    expect(smtpOptions('smtp://mail.example.dk:587')).toMatchObject({
      port: 587,
      secure: false,
      ignoreTLS: false,
    });
    for (const host of ['127.0.0.1', 'localhost', '[::1]']) {
      expect(smtpOptions(`smtp://${host}:2525`)).toMatchObject({ port: 2525, ignoreTLS: true });
    }
    expect(smtpOptions('smtp://127.0.0.1:2525')).not.toHaveProperty('auth');
  });
});
