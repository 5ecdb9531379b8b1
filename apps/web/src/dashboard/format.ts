import type { DashboardPlanProgress } from '@pejling/contracts';
import { numberFormat } from '../common/format';

/** A number in the locale's way, with at most two decimals ("1.840" and "8,5" in Danish). */
export const formatNumber = (value: number, locale: string): string =>
  numberFormat(locale, { maximumFractionDigits: 2 }).format(value);

/**
 * How the milestones done keep pace with the time gone, as the key of the sentence that
 * says so; null while the plan has no milestones to count.
 */
export const paceOf = ({
  done,
  timeElapsed,
}: DashboardPlanProgress): 'pace_ahead' | 'pace_behind' | 'pace_even' | null => {
  if (done === null) return null;
  if (done > timeElapsed) return 'pace_ahead';
  return done < timeElapsed ? 'pace_behind' : 'pace_even';
};
