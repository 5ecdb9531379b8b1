import type { Result } from 'lighthouse' with { 'resolution-mode': 'import' };
import { padded } from '../bench/report';

/** Lighthouse's mobile preset (its default: a mid-range phone, throttled) and its desktop one. */
export const PRESETS = ['mobile', 'desktop'] as const;
export type Preset = (typeof PRESETS)[number];

/** The categories measured, in the table's order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];

const HEADINGS: Record<Category, string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
};

/**
 * The scores (0–100) each page is to reach, from issue 16: accessibility 100 and best
 * practices 95 everywhere; performance for the pages people open on a phone, the dashboard
 * (the heaviest page) lower on a phone and high on a desktop.
 */
export function target(page: string, preset: Preset, category: Category): number | undefined {
  if (category === 'accessibility') return 100;
  if (category === 'best-practices') return 95;
  if (page === 'dashboard') return preset === 'mobile' ? 75 : 95;
  return preset === 'mobile' ? 90 : undefined;
}

/** One page in one preset: the (median) run's result. */
export interface Measured {
  page: string;
  preset: Preset;
  lhr: Result;
}

const score = (lhr: Result, category: Category): number =>
  Math.round((lhr.categories[category]?.score ?? 0) * 100);

/** "89", or "89 < 90" when below its target. */
function cell(measured: Measured, category: Category): string {
  const value = score(measured.lhr, category);
  const wanted = target(measured.page, measured.preset, category);
  return wanted !== undefined && value < wanted ? `${value} < ${wanted}` : String(value);
}

/** The scores per page and preset, with the largest contentful paint, for a terminal. */
export function table(results: Measured[]): string {
  const header = ['page', 'preset', ...CATEGORIES.map((c) => HEADINGS[c]), 'LCP'];
  const rows = results.map((measured) => [
    measured.page,
    measured.preset,
    ...CATEGORIES.map((category) => cell(measured, category)),
    measured.lhr.audits['largest-contentful-paint']?.displayValue ?? '',
  ]);
  return padded([header, ...rows])
    .map((row) => row.join('  ').trimEnd())
    .join('\n');
}

type Audit = Result['audits'][string];

/** Where an audit points: the first elements or files it names. */
function pointsAt(audit: Audit): string {
  const details = audit.details as { items?: Record<string, unknown>[] } | undefined;
  const places = (details?.items ?? []).slice(0, 3).map((item) => {
    const node = item['node'] as { selector?: string; snippet?: string } | undefined;
    const where = node?.selector ?? node?.snippet ?? item['url'] ?? item['description'];
    return typeof where === 'string' ? where.slice(0, 120) : undefined;
  });
  return places.filter(Boolean).join(' | ');
}

/**
 * What keeps a page below 100 in a category: for performance, the metrics and the
 * opportunities that score below 0.9; for the others, every audit that counts and fails.
 */
function holdingBack(lhr: Result, category: Category): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs.flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null) return [];
    const failing =
      category === 'performance'
        ? audit.score < 0.9 && (ref.group === 'metrics' || audit.details?.type === 'opportunity')
        : ref.weight > 0 && audit.score < 1;
    if (!failing) return [];
    const value = audit.displayValue ? ` (${audit.displayValue})` : '';
    const where = pointsAt(audit);
    return [`${ref.id}${value}${where ? `: ${where}` : ''}`];
  });
}

/** For each page and preset below 100 anywhere, the audits that hold it back. */
export function findings(results: Measured[]): string {
  return results
    .flatMap(({ page, preset, lhr }) =>
      CATEGORIES.filter((category) => score(lhr, category) < 100).map((category) => {
        const audits = holdingBack(lhr, category).map((line) => `    ${line}`);
        return [`${page}, ${preset}, ${HEADINGS[category]} ${score(lhr, category)}:`, ...audits];
      }),
    )
    .flat()
    .join('\n');
}
