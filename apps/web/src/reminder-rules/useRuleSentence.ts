import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { type Rule, ruleSentence } from '../common/ruleSentence';

/** `ruleSentence` in the UI language. */
export const useRuleSentence = () => {
  const translate = useTranslate();
  return useCallback((rule: Partial<Rule>) => ruleSentence(rule, translate), [translate]);
};
