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
 * Issue 6's budgets: the sign-in page (≤ 150 kB gzipped), the dashboard (≤ 400 kB) and
 * every chunk; and My work, the report form and the dashboard on a phone in the owner's
 * frame (≤ 225, 275 and 225 kB, issue 16), and the entry that asks for their data before
 * React loads (≤ 10 kB). The script prints the whole table; a failure shows it, to see
 * what grew.
 */
describe('the web bundle', () => {
  const built = existsSync(join(dist, '.vite/manifest.json'));
  const result = built ? measure() : undefined;

  it('was built with a manifest', () => {
    expect(built).toBe(true);
  });

  it.each(['entry', 'sign-in', 'my work', 'report form', 'dashboard', 'dashboard on a phone'])(
    'keeps the %s page within its gzipped budget',
    (route) => {
      if (!result) throw new Error('no build');
      const budget = result.budgets.routeGzipKb[route];
      const measured = result.routes.find((r) => r.name === route);
      if (budget === undefined || !measured) {
        throw new Error(`no ${route} route or budget in the report:\n${result.report}`);
      }
      if (measured.gzip / 1000 > budget) throw new Error(result.report);
      expect(measured.gzip / 1000).toBeLessThanOrEqual(budget);
    },
  );

  it('has no chunk over its minified budget', () => {
    if (!result) throw new Error('no build');
    const big = result.chunks.filter((c) => c.raw / 1000 > result.budgets.chunkRawKb);
    expect(big.map((c) => c.file)).toEqual([]);
  });
});
