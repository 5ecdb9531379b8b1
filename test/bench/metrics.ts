import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A process whose metrics the benchmark reads, as an operator's Prometheus would. */
export interface MetricsTarget {
  name: string;
  port: number;
}

/** The families an operator looks at first: requests, the pool, the queue, deliveries. */
const SHOWN = [
  'pejling_http_request_duration_seconds_count',
  'pejling_db_pool_connections',
  'pejling_queue_jobs',
  'pejling_reminder_deliveries',
  'pejling_sign_in_failures_total',
];

/** The lines of `text` (Prometheus' format) of the families in `SHOWN`, most requests first. */
export function keyFigures(text: string): string[] {
  const lines = text.split('\n').filter((line) => SHOWN.some((name) => line.startsWith(name)));
  const value = (line: string) => Number(line.slice(line.lastIndexOf(' ') + 1));
  const family = (line: string) => SHOWN.findIndex((name) => line.startsWith(name));
  return lines.sort((a, b) => family(a) - family(b) || value(b) - value(a));
}

/**
 * Reads a process's metrics from its own port (never the API's public one), as an
 * operator's Prometheus would, writes them whole to `dir`/metrics-<name>.prom, and returns
 * the key figures to print.
 */
export async function scrapeMetrics({ name, port }: MetricsTarget, dir: string): Promise<string> {
  const url = `http://127.0.0.1:${port}/metrics`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const text = await response.text();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `metrics-${name}.prom`), text);
  return `${name} (${url}):\n${keyFigures(text)
    .map((line) => `  ${line}`)
    .join('\n')}`;
}
