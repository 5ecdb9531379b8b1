import type { MeasurementRecord, Region, TargetSeries } from '@pejling/contracts';
import { REGIONS } from '@pejling/contracts';

/** The straight line from baseline to target in a year, or null where the line does not reach. */
export function lineValue(series: TargetSeries, year: number): number | null {
  const { baselineValue, baselineYear, targetValue, targetYear } = series;
  if (baselineValue == null || baselineYear == null || targetValue == null || targetYear == null)
    return null;
  if (year < baselineYear || year > targetYear) return null;
  if (targetYear === baselineYear) return targetValue;
  return (
    baselineValue +
    ((targetValue - baselineValue) * (year - baselineYear)) / (targetYear - baselineYear)
  );
}

export const hasLine = (series: TargetSeries): boolean =>
  series.baselineValue != null &&
  series.baselineYear != null &&
  series.targetValue != null &&
  series.targetYear != null;

/** Every year from the first to the last that the series, its line or a measurement names. */
export function yearsOf(seriesList: TargetSeries[], measurements: MeasurementRecord[]): number[] {
  const named = [
    ...seriesList.flatMap((s) => [s.baselineYear, s.targetYear]),
    ...measurements.map((m) => m.year),
  ].filter((y): y is number => y != null);
  if (!named.length) return [];
  const first = Math.min(...named);
  const last = Math.max(...named);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The whole country's value of a series in a year (no region), if measured. */
export function nationalValue(
  measurements: MeasurementRecord[],
  seriesKey: string,
  year: number,
): number | null {
  return (
    measurements.find((m) => m.seriesKey === seriesKey && m.year === year && m.region == null)
      ?.value ?? null
  );
}

/** Values by region and year: `table.get(region)?.get(year)`. */
export function byRegion(measurements: MeasurementRecord[], seriesKey: string) {
  const table = new Map<Region, Map<number, number>>(REGIONS.map((r) => [r, new Map()]));
  for (const m of measurements)
    if (m.region && m.seriesKey === seriesKey) table.get(m.region)?.set(m.year, m.value);
  const years = [
    ...new Set(
      measurements.filter((m) => m.region && m.seriesKey === seriesKey).map((m) => m.year),
    ),
  ].sort((a, b) => a - b);
  return { table, years };
}
