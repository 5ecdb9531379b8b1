/**
 * Whether measurement `alias` counts: only approved values do, everywhere (charts, the
 * dashboard, assessments, the meeting pack, the regional view).
 */
export const approvedMeasurementSql = (alias: string) => `${alias}.state = 'approved'`;

/** What bounds a series' figures: its target's breakdown by region, its first and last year. */
export interface SeriesBounds {
  byRegion: boolean;
  baselineYear: number | null;
  targetYear: number | null;
}

/**
 * Why a figure does not fit its series, if it does not: a region on a target not broken
 * down by region, or a year before the baseline's or after the target's.
 */
export function measurementMisfit(
  figure: { year: number; region?: string | null },
  series: SeriesBounds,
): 'region' | 'before_baseline' | 'after_target' | undefined {
  if (figure.region && !series.byRegion) return 'region';
  if (series.baselineYear !== null && figure.year < series.baselineYear) return 'before_baseline';
  if (series.targetYear !== null && figure.year > series.targetYear) return 'after_target';
  return undefined;
}
