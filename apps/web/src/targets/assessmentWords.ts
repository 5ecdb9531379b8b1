import {
  assessmentSentences,
  type AssessmentSentence,
  type Health,
  type TargetAssessment,
} from '@pejling/contracts';
import type { Translate } from '../i18n/types';
import { numberFormat } from '../common/format';

const KEYS: Record<AssessmentSentence['kind'], string> = {
  expected: 'expected',
  onTrack: 'on_track',
  behind: 'behind',
  noValue: 'no_value',
  projected: 'projected',
  noProjection: 'no_projection',
};

/**
 * A series' assessment in sentences (`assessmentSentences`): what the line expects now,
 * whether the latest value is on track, and where the trend leads by the target year, with
 * how that was worked out.
 */
export function assessmentWords(
  assessment: TargetAssessment,
  targetYear: number | null,
  translate: Translate,
  locale: string,
): string[] {
  const number = numberFormat(locale, { maximumFractionDigits: 1 });
  return assessmentSentences(assessment, targetYear).map(({ kind, ...figures }) =>
    translate(`pejling.target.assessment.${KEYS[kind]}`, {
      ...figures,
      ...('value' in figures ? { value: number.format(figures.value) } : {}),
    }),
  );
}

/** A target's initiatives by health, in words: "3 Gul · 1 Rød" (colour is never alone). */
export function linkedHealthWords(
  health: Record<Health | 'none', number>,
  translate: Translate,
): string {
  return (['green', 'amber', 'red', 'none'] as const)
    .filter((key) => health[key] > 0)
    .map((key) => `${health[key]} ${translate(`pejling.health.${key}`)}`)
    .join(' · ');
}
