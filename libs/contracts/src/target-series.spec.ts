import { assessSeries, trackOf, type TargetSeries } from './target-series';

/** Target 1: 1,600 firms in 2014, at least 2,000 by 2018. */
const FIRMS: TargetSeries = {
  key: 'main',
  label: 'Virksomheder',
  baselineValue: 1600,
  baselineYear: 2014,
  targetValue: 2000,
  targetYear: 2018,
};

describe('assessing a target’s series', () => {
  it('reads the line from baseline to target in today’s year', () => {
    const { year, expected } = assessSeries(FIRMS, [], '2017-06-15');
    expect(year).toBe(2017);
    expect(expected).toBe(1900);
    // Before the baseline and after the target year, the line's own ends.
    expect(assessSeries(FIRMS, [], '2012-01-01').expected).toBe(1600);
    expect(assessSeries(FIRMS, [], '2026-12-06')).toMatchObject({ year: 2018, expected: 2000 });
  });

  it('is on track when the latest value reaches the line in its own year', () => {
    const points = [
      { year: 2014, value: 1600 },
      { year: 2016, value: 1750 },
    ];
    // The line expects 1,800 in 2016: 1,750 falls short.
    expect(assessSeries(FIRMS, points, '2017-06-15').onTrack).toBe(false);
    expect(
      assessSeries(FIRMS, [...points.slice(0, 1), { year: 2016, value: 1800 }], '2017-06-15')
        .onTrack,
    ).toBe(true);
    // A target below its baseline is met by going down.
    // The baseline's own value says nothing yet: not measured since.
    expect(assessSeries(FIRMS, points.slice(0, 1), '2017-06-15').onTrack).toBeNull();
    expect(trackOf(assessSeries(FIRMS, points.slice(0, 1), '2017-06-15'))).toBe('not_measured');
    expect(trackOf(assessSeries(FIRMS, points, '2017-06-15'))).toBe('behind');
    expect(trackOf(assessSeries({ ...FIRMS, targetValue: null }, points, '2017-06-15'))).toBe(
      'no_target',
    );
    const fewer = { ...FIRMS, baselineValue: 100, targetValue: 60 };
    expect(assessSeries(fewer, [{ year: 2016, value: 75 }], '2017-06-15').onTrack).toBe(true);
  });

  it('projects the least-squares trend of the values to the target year', () => {
    const points = [
      { year: 2014, value: 1600 },
      { year: 2015, value: 1700 },
      { year: 2016, value: 1750 },
    ];
    const { projected, method } = assessSeries(FIRMS, points, '2017-06-15');
    // Slope 75 a year through (2015, 1683.33…): 1683.33 + 3 × 75 in 2018.
    expect(projected).toBeCloseTo(1908.33, 2);
    expect(method).toEqual({
      latest: { year: 2016, value: 1750 },
      points: 3,
      from: 2014,
      to: 2016,
    });
  });

  it('says nothing it cannot: no line without both ends, no trend from fewer than two years', () => {
    const open = { ...FIRMS, targetValue: null };
    expect(assessSeries(open, [{ year: 2016, value: 1750 }], '2017-06-15')).toEqual({
      year: null,
      expected: null,
      onTrack: null,
      projected: null,
      method: { latest: { year: 2016, value: 1750 }, points: 1, from: 2016, to: 2016 },
    });
    expect(assessSeries(FIRMS, [], '2017-06-15')).toMatchObject({
      onTrack: null,
      projected: null,
    });
  });
});
