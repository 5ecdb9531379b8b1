import type { DashboardPlanProgress } from '@pejling/contracts';
import { formatNumber, paceOf } from './format';

describe('formatNumber', () => {
  it('formats with the locale’s separators and at most two decimals', () => {
    expect(formatNumber(1840, 'da-DK')).toBe('1.840');
    expect(formatNumber(8.5, 'da-DK')).toBe('8,5');
    expect(formatNumber(2 / 3, 'en-GB')).toBe('0.67');
  });
});

describe('paceOf', () => {
  const progress = (done: number | null, timeElapsed: number): DashboardPlanProgress => ({
    daysTotal: 1096,
    daysElapsed: 532,
    timeElapsed,
    milestonesDone: 40,
    milestonesTotal: 88,
    done,
  });

  it('compares the milestones done with the time gone, in whole percent', () => {
    expect(paceOf(progress(55, 49))).toBe('pace_ahead');
    expect(paceOf(progress(45, 49))).toBe('pace_behind');
    expect(paceOf(progress(49, 49))).toBe('pace_even');
  });

  it('says nothing while the plan has no milestones to count', () => {
    expect(paceOf(progress(null, 49))).toBeNull();
  });
});
