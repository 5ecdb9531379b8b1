import type { Translate } from '../i18n/types';

/**
 * A day reckoned from a milestone's due date, in words: "14 dage før fristen", "på
 * fristens dag", "3 dage efter fristen". `days` is negative before the due date.
 */
export const dayTiming = (days: number, translate: Translate): string => {
  if (days === 0) return translate('pejling.timing.on_due_date');
  const key = days < 0 ? 'pejling.timing.before' : 'pejling.timing.after';
  return translate(key, { smart_count: Math.abs(days) });
};
