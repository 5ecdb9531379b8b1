import { useCallback } from 'react';
import { useTranslate } from 'react-admin';

/** A resource's name in the UI language, one of it ("Milepæl"), or its URL name if unknown. */
export const useResourceName = () => {
  const translate = useTranslate();
  return useCallback(
    (resource: string) => translate(`resources.${resource}.name`, { smart_count: 1, _: resource }),
    [translate],
  );
};
