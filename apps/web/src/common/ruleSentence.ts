import type { ReminderRuleRecord } from '@pejling/contracts';
import { dayTiming } from './timing';
import type { Translate } from '../i18n/types';

export type Rule = Pick<ReminderRuleRecord, 'kind' | 'days' | 'repeatEveryDays' | 'escalateTo'>;

/**
 * A rule as a sentence: when it reminds, and whom ("14 dage før fristen → den
 * ansvarlige"). A reporting round's rules count from the day the round opens or from its
 * due date, and remind the owners who have not reported, or the secretariat. Empty while a
 * form has not said enough for one.
 */
export const ruleSentence = (rule: Partial<Rule>, translate: Translate): string => {
  const { kind, days, repeatEveryDays, escalateTo } = rule;
  if (!kind || typeof days !== 'number' || !Number.isInteger(days)) return '';
  if (kind === 'round_request' || kind === 'round_due_soon' || kind === 'round_missing') {
    return translate('pejling.rule.sentence', {
      when: translate(
        kind === 'round_request' && days === 0
          ? 'pejling.rule.round.opened'
          : `pejling.rule.round.${kind}`,
        { smart_count: days },
      ),
      who: translate(
        kind === 'round_missing' ? 'pejling.rule.other.secretariat' : 'pejling.rule.round.owners',
      ),
    });
  }
  const when = [dayTiming(kind === 'due_soon' ? -days : days, translate)];
  if (kind === 'overdue' && repeatEveryDays) {
    when.push(translate('pejling.rule.then_every', { smart_count: repeatEveryDays }));
  }
  const who =
    kind === 'escalation' && escalateTo
      ? translate('pejling.rule.responsible_and', {
          other: translate(`pejling.rule.other.${escalateTo}`),
        })
      : translate('pejling.rule.responsible');
  return translate('pejling.rule.sentence', { when: when.join(', '), who });
};
