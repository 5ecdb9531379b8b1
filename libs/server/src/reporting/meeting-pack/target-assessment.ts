import { assessmentSentences, linkedTotal, type RoundReportTarget } from '@pejling/contracts';
import type { Content } from 'pdfmake/interfaces';
import { count, formatNumber } from '../../core/i18n/phrasing';
import type { Phrases } from './phrases';

/**
 * Under a series: what the line expects on the report's day, whether the latest value is on
 * track, and where the trend leads, in a sentence each. Nothing for a snapshot taken before
 * targets were assessed.
 */
export function assessmentLines(
  p: Phrases,
  series: RoundReportTarget['series'][number],
): Content[] {
  if (!series.assessment) return [];
  const n = (value: number) => formatNumber(p.locale, Math.round(value * 10) / 10);
  const sentences = assessmentSentences(series.assessment, series.targetYear).map((s) => {
    switch (s.kind) {
      case 'expected':
        return p.assessment.expected(n(s.value), s.year);
      case 'onTrack':
      case 'behind':
        return p.assessment[s.kind](n(s.value), s.year);
      case 'noValue':
      case 'noProjection':
        return p.assessment[s.kind];
      case 'projected':
        return p.assessment.projected(n(s.value), s.year, s);
    }
  });
  return [{ text: `\n${sentences.join(' ')}`, style: 'label' }];
}

/** Under a target's title: the initiatives that should move it, by health. */
export function linkedLine(p: Phrases, target: RoundReportTarget): Content[] {
  const health = target.linkedHealth;
  if (!health) return [];
  const total = linkedTotal(health);
  if (total === 0) return [{ text: `\n${p.linkedNone}`, style: 'label' }];
  const byHealth = (['green', 'amber', 'red', 'none'] as const)
    .filter((key) => health[key] > 0)
    .map((key) => `${formatNumber(p.locale, health[key])} ${p.healthLabels[key]}`)
    .join(' · ');
  return [
    { text: `\n${count(p.locale, total, p.initiatives)} ${p.linked}: ${byHealth}`, style: 'label' },
  ];
}
