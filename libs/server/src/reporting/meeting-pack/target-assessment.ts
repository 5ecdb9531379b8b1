import type { RoundReportTarget, TargetAssessment } from '@pejling/contracts';
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
  const a: TargetAssessment | undefined = series.assessment;
  if (!a) return [];
  const n = (value: number) => formatNumber(p.locale, Math.round(value * 10) / 10);
  const { latest } = a.method;
  const sentences = [
    a.expected !== null && a.year !== null ? p.assessment.expected(n(a.expected), a.year) : '',
    latest === null
      ? p.assessment.noValue
      : a.onTrack === null
        ? ''
        : p.assessment[a.onTrack ? 'onTrack' : 'behind'](n(latest.value), latest.year),
    a.projected !== null && series.targetYear !== null
      ? p.assessment.projected(n(a.projected), series.targetYear, a.method)
      : p.assessment.noProjection,
  ].filter(Boolean);
  return [{ text: `\n${sentences.join(' ')}`, style: 'label' }];
}

/** Under a target's title: the initiatives that should move it, by health. */
export function linkedLine(p: Phrases, target: RoundReportTarget): Content[] {
  const health = target.linkedHealth;
  if (!health) return [];
  const total = health.green + health.amber + health.red + health.none;
  if (total === 0) return [{ text: `\n${p.linkedNone}`, style: 'label' }];
  const byHealth = (['green', 'amber', 'red', 'none'] as const)
    .filter((key) => health[key] > 0)
    .map((key) => `${formatNumber(p.locale, health[key])} ${p.healthLabels[key]}`)
    .join(' · ');
  return [
    { text: `\n${count(p.locale, total, p.initiatives)} ${p.linked}: ${byHealth}`, style: 'label' },
  ];
}
