/**
 * For unit tests, which run outside a browser: a phone-narrow screen (`isNarrowScreen`) and
 * what react-admin's store holds, until the returned function puts things back.
 */
export const onPhone = (stored: Record<string, string> = {}): (() => void) => {
  const globals = globalThis as Record<string, unknown>;
  globals['window'] = { matchMedia: () => ({ matches: true }) };
  globals['localStorage'] = { getItem: (key: string) => stored[key] ?? null };
  return () => {
    delete globals['window'];
    delete globals['localStorage'];
  };
};
