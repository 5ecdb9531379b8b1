import { cacheControlOf } from './web-app';

describe('how long a browser keeps a file of the web app', () => {
  it('keeps the hashed assets for a year, unchanged, and asks again for everything else', () => {
    expect(cacheControlOf('/srv/dist/apps/web/assets/index-D_pd9MiX.js')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(cacheControlOf('/srv/dist/apps/web/index.html')).toBe('no-cache');
    expect(cacheControlOf('/srv/dist/apps/web/favicon.svg')).toBe('no-cache');
  });
});
