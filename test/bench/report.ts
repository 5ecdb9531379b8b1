import type { LoadResult } from './load';

/** One line of the results: a path, what was measured, the target and whether it is met. */
export interface Row {
  path: string;
  figures: string;
  /** The same-SQL baseline's figures, and the plain one's (plain-sql.ts). */
  same: string;
  plain: string;
  /** The API's throughput against the same-SQL baseline's and the plain one's. */
  ratio: string;
  target: string;
  /** Whether the target is met; undefined for a figure that is only reported. */
  met?: boolean;
}

export interface Results {
  date: string;
  machine: string;
  options: { scale: number; duration: number; warmup: number; rounds: number };
  dataset: Record<string, number>;
  rows: Row[];
  /** Every figure, for comparing runs. */
  raw: Record<string, unknown>;
}

export const perSecond = (value: number) => `${Math.round(value)}/s`;
export const ratio = (value: number, base: number) => (base > 0 ? value / base : 0);

/** "1234 req/s, p50 2.0 / p95 3.1 / p99 5.2 ms, 0 errors" */
export function describe(load: LoadResult): string {
  return (
    `${perSecond(load.rps)}, p50 ${load.p50.toFixed(1)} / p95 ${load.p95.toFixed(1)} / ` +
    `p99 ${load.p99.toFixed(1)} ms, ${load.errors} errors`
  );
}

const HEADER = ['path', 'measured', 'same SQL', 'plain SQL', 'ratio same / plain', 'target', ''];

const cells = (row: Row) => [
  row.path,
  row.figures,
  row.same,
  row.plain,
  row.ratio,
  row.target,
  row.met === undefined ? '' : row.met ? 'met' : 'MISSED',
];

/** Rows of cells padded to each column's widest cell. */
export function padded(rows: string[][]): string[][] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])));
}

/** The results as Markdown, its table laid out as Prettier lays it out. */
export function markdown(results: Results): string {
  const body = results.rows.map((row) => cells(row).map((v) => v.replace(/\|/g, '\\|')));
  const [header, ...rows] = padded([HEADER, ...body]);
  const rule = header.map((cell) => '-'.repeat(cell.length));
  const line = (values: string[]) => `| ${values.join(' | ')} |`;
  const size = Object.entries(results.dataset)
    .map(([name, count]) => `${count} ${name}`)
    .join(', ');
  return [
    `Run ${results.date} on ${results.machine}; scale ${results.options.scale} (${size}); ` +
      `${results.options.warmup} s warm-up, ${results.options.duration} s counted per load; ` +
      `the best of ${results.options.rounds} rounds of the API and each baseline.`,
    '',
    line(header),
    line(rule),
    ...rows.map(line),
    '',
  ].join('\n');
}

/** The table for a terminal. */
export function table(results: Results): string {
  return padded([HEADER, ...results.rows.map(cells)])
    .map((r) => r.join('  ').trimEnd())
    .join('\n');
}
