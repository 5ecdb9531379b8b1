import type { Health } from './enums';

/** One series of a target: where it started and where it should get to. */
export interface TargetSeries {
  key: string;
  label: string;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
  /** The series' own data owner, if it differs from its target's (`TargetRecord`). */
  dataOwnerOrganisationId?: number | null;
  dataOwnerPersonId?: number | null;
}

/** A value of a series in a year (the whole country's, not a region's). */
export interface SeriesPoint {
  year: number;
  value: number;
}

/**
 * "Will we make it?" for one series of a target: where the straight line from baseline to
 * target says it should be now, whether the latest value is on it, and where the values'
 * own trend leads by the target year. Null wherever the figures cannot say.
 */
export interface TargetAssessment {
  /** The year the line is read in: today's, within the line's years. */
  year: number | null;
  /** The value the line from baseline to target expects in `year`. */
  expected: number | null;
  /**
   * Whether the latest value is at or past the line in its own year, towards the target;
   * null until a value is measured after the baseline year (the baseline says nothing yet).
   */
  onTrack: boolean | null;
  /** The least-squares straight line through the values, carried to the target year. */
  projected: number | null;
  /** What it rests on, for the words the web app writes: the latest value and the trend. */
  method: {
    latest: SeriesPoint | null;
    /** The values the trend is fitted to: how many, from which year to which. */
    points: number;
    from: number | null;
    to: number | null;
  };
}

/** A target's series as the API gives it: with its assessment. */
export type AssessedTargetSeries = TargetSeries & { assessment: TargetAssessment };

/** The straight line from baseline to target, if the series has both ends in time order. */
function lineOf(series: TargetSeries): ((year: number) => number) | null {
  const { baselineValue: b, baselineYear: from, targetValue: t, targetYear: to } = series;
  if (b === null || from === null || t === null || to === null || to <= from) return null;
  return (year) => b + ((t - b) * (Math.min(Math.max(year, from), to) - from)) / (to - from);
}

/** The least-squares straight line through the points, if they span two years or more. */
function trendOf(points: SeriesPoint[]): ((year: number) => number) | null {
  const n = points.length;
  if (n < 2) return null;
  const meanYear = points.reduce((sum, p) => sum + p.year, 0) / n;
  const meanValue = points.reduce((sum, p) => sum + p.value, 0) / n;
  const spread = points.reduce((sum, p) => sum + (p.year - meanYear) ** 2, 0);
  if (spread === 0) return null;
  const slope =
    points.reduce((sum, p) => sum + (p.year - meanYear) * (p.value - meanValue), 0) / spread;
  return (year) => meanValue + slope * (year - meanYear);
}

/** Assesses one series on `today` (`YYYY-MM-DD`) from its national values. */
export function assessSeries(
  series: TargetSeries,
  points: SeriesPoint[],
  today: string,
): TargetAssessment {
  const line = lineOf(series);
  const trend = trendOf(points);
  const latest = points.reduce<SeriesPoint | null>(
    (last, p) => (last === null || p.year > last.year ? p : last),
    null,
  );
  const year =
    line && series.baselineYear !== null && series.targetYear !== null
      ? Math.min(Math.max(Number(today.slice(0, 4)), series.baselineYear), series.targetYear)
      : null;
  const upwards = (series.targetValue ?? 0) >= (series.baselineValue ?? 0);
  const years = points.map((p) => p.year);
  return {
    year,
    expected: line && year !== null ? line(year) : null,
    onTrack:
      line && latest && series.baselineYear !== null && latest.year > series.baselineYear
        ? upwards
          ? latest.value >= line(latest.year)
          : latest.value <= line(latest.year)
        : null,
    projected: trend && series.targetYear !== null ? trend(series.targetYear) : null,
    method: {
      latest,
      points: points.length,
      from: years.length ? Math.min(...years) : null,
      to: years.length ? Math.max(...years) : null,
    },
  };
}

/**
 * Where a target series stands against the straight line from baseline to target:
 * - `on_track`: the latest value is on or beyond the line (above it, or below it when the
 *   target is lower than the baseline);
 * - `behind`: it falls short of the line;
 * - `not_measured`: nothing measured nationally after the baseline year;
 * - `no_target`: no number to aim at (or no baseline), so there is no line (target 2).
 */
export type TargetTrack = 'on_track' | 'behind' | 'not_measured' | 'no_target';

export const TARGET_TRACKS: readonly TargetTrack[] = [
  'on_track',
  'behind',
  'not_measured',
  'no_target',
];

/** Where a series stands, in one word: the dashboard's track, from its assessment. */
export function trackOf(assessment: TargetAssessment): TargetTrack {
  if (assessment.year === null) return 'no_target';
  if (assessment.onTrack === null) return 'not_measured';
  return assessment.onTrack ? 'on_track' : 'behind';
}

/** One sentence of an assessment, by kind, with the figures it says; each layer words it. */
export type AssessmentSentence =
  | { kind: 'expected'; value: number; year: number }
  | { kind: 'onTrack' | 'behind'; value: number; year: number }
  | { kind: 'noValue' }
  | { kind: 'projected'; value: number; year: number; points: number; from: number; to: number }
  | { kind: 'noProjection' };

/**
 * What an assessment says, in order: what the line expects now (if there is a line), the
 * latest value on or off track (or that there is none), and where the trend leads (or
 * that there are too few values). The web app and the meeting pack word the same list.
 */
export function assessmentSentences(
  assessment: TargetAssessment,
  targetYear: number | null,
): AssessmentSentence[] {
  const { year, expected, onTrack, projected, method } = assessment;
  const { latest, points, from, to } = method;
  const sentences: AssessmentSentence[] = [];
  if (expected !== null && year !== null)
    sentences.push({ kind: 'expected', value: expected, year });
  if (latest === null) sentences.push({ kind: 'noValue' });
  else if (onTrack !== null) sentences.push({ kind: onTrack ? 'onTrack' : 'behind', ...latest });
  sentences.push(
    projected !== null && targetYear !== null && from !== null && to !== null
      ? { kind: 'projected', value: projected, year: targetYear, points, from, to }
      : { kind: 'noProjection' },
  );
  return sentences;
}

/** How many initiatives should move a target, from their count by health. */
export const linkedTotal = (health: Record<Health | 'none', number>): number =>
  health.green + health.amber + health.red + health.none;
