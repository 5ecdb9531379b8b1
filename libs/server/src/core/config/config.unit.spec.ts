import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/pejling',
      redisUrl: 'redis://127.0.0.1:6379',
      appUrl: 'http://localhost:3000',
      demo: false,
      mailFrom: 'Pejling <pejling@localhost>',
      queuePrefix: 'pejling',
      reminderScanCron: '0 7 * * *',
      sendAttempts: 5,
      sendBackoffMs: 60_000,
      smtpTimeoutMs: 30_000,
      requeueEveryMinutes: 5,
    });
    expect(config.today).toBeUndefined();
    expect(config.smtpUrl).toBeUndefined();
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://u:p@db:5432/x',
      REDIS_URL: 'redis://cache:6380',
      APP_URL: 'https://pejling.example.dk',
      PEJLING_TODAY: '2017-06-15',
      PEJLING_DEMO: 'true',
      SMTP_URL: 'smtps://user:secret@mail.example.dk:465',
      MAIL_FROM: 'Klyngesekretariatet <klynger@example.dk>',
      QUEUE_PREFIX: 'pejling-staging',
      REMINDER_SCAN_CRON: '30 6 * * 1-5',
      SEND_ATTEMPTS: '3',
      SEND_BACKOFF_MS: '1000',
      SMTP_TIMEOUT_MS: '5000',
      REQUEUE_EVERY_MINUTES: '2',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgresql://u:p@db:5432/x',
      redisUrl: 'redis://cache:6380',
      appUrl: 'https://pejling.example.dk',
      today: '2017-06-15',
      demo: true,
      smtpUrl: 'smtps://user:secret@mail.example.dk:465',
      mailFrom: 'Klyngesekretariatet <klynger@example.dk>',
      queuePrefix: 'pejling-staging',
      reminderScanCron: '30 6 * * 1-5',
      sendAttempts: 3,
      sendBackoffMs: 1000,
      smtpTimeoutMs: 5000,
      requeueEveryMinutes: 2,
    });
  });

  it('takes a bare address as the sender and a plain smtp:// URL', () => {
    expect(
      loadConfig({ MAIL_FROM: 'pejling@example.dk', SMTP_URL: 'smtp://127.0.0.1:2525' }),
    ).toMatchObject({ mailFrom: 'pejling@example.dk', smtpUrl: 'smtp://127.0.0.1:2525' });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['DATABASE_URL', 'not a url'],
    ['REDIS_URL', 'http://localhost'],
    ['APP_URL', 'ftp://x'],
    ['PEJLING_TODAY', '15-06-2017'],
    ['PEJLING_TODAY', '2017-02-30'],
    ['PEJLING_DEMO', 'yes please'],
    ['SMTP_URL', 'http://mail.example.dk'],
    ['SMTP_URL', 'mail.example.dk'],
    ['SMTP_URL', 'smtp://mail.example.dk?tls=maybe'],
    ['SMTP_URL', 'smtp://mail.example.dk?starttls=off'],
    ['SMTP_TIMEOUT_MS', '0'],
    ['REQUEUE_EVERY_MINUTES', '0'],
    ['MAIL_FROM', 'Pejling'],
    ['MAIL_FROM', 'Pejling <not an address>'],
    ['QUEUE_PREFIX', 'pejling:prod'],
    ['QUEUE_PREFIX', ''],
    ['REMINDER_SCAN_CRON', 'every morning'],
    ['REMINDER_SCAN_CRON', '61 7 * * *'],
    ['REMINDER_SCAN_CRON', '0 7 * *'],
    ['SEND_ATTEMPTS', '0'],
    ['SEND_ATTEMPTS', 'many'],
    ['SEND_BACKOFF_MS', '-1'],
  ])('refuses %s=%s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', PEJLING_TODAY: 'y' })).toThrow(/PORT[\s\S]*PEJLING_TODAY/);
  });
});
