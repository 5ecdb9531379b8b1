import type { TargetAssessment } from '@pejling/contracts';
import type { Translate } from '../i18n/types';

/**
 * A series' assessment in sentences: what the line expects now, whether the latest value is
 * on track, and where the trend leads by the target year, with how that was worked out.
 */
export function assessmentWords(
  assessment: TargetAssessment,
  targetYear: number | null,
  translate: Translate,
  locale: string,
): string[] {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const { year, expected, onTrack, projected, method } = assessment;
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`pejling.target.assessment.${key}`, args);
  const { latest } = method;
  return [
    ...(expected !== null && year !== null
      ? [t('expected', { value: number.format(expected), year })]
      : []),
    latest === null
      ? t('no_value')
      : onTrack === null
        ? []
        : t(onTrack ? 'on_track' : 'behind', {
            value: number.format(latest.value),
            year: latest.year,
          }),
    projected !== null && targetYear !== null
      ? t('projected', {
          value: number.format(projected),
          year: targetYear,
          points: method.points,
          from: method.from,
          to: method.to,
        })
      : t('no_projection'),
  ].flat();
}
