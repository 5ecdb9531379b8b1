import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { dayTiming } from './timing';

/** `dayTiming` in the UI language. */
export const useTiming = () => {
  const translate = useTranslate();
  return useCallback((days: number) => dayTiming(days, translate), [translate]);
};
