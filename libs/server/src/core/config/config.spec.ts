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
    });
    expect(config.today).toBeUndefined();
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://u:p@db:5432/x',
      REDIS_URL: 'redis://cache:6380',
      APP_URL: 'https://pejling.example.dk',
      PEJLING_TODAY: '2017-06-15',
      PEJLING_DEMO: 'true',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgresql://u:p@db:5432/x',
      redisUrl: 'redis://cache:6380',
      appUrl: 'https://pejling.example.dk',
      today: '2017-06-15',
      demo: true,
    });
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
  ])('refuses %s=%s with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', PEJLING_TODAY: 'y' })).toThrow(/PORT[\s\S]*PEJLING_TODAY/);
  });
});
