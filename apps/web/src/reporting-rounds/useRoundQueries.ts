import type { Identifier } from 'react-admin';
import { api } from '../api/endpoints';
import { useApiQuery } from '../common/useApiQuery';

/**
 * A round's completion board, figures and compiled report, fetched through react-admin's query
 * client: `useRefresh()` (after opening or closing a round, after a save) fetches them
 * again like any list.
 */
export const useRoundCompletion = (id: Identifier | undefined) =>
  useApiQuery(
    ['reporting-rounds', 'completion', { id: String(id) }],
    (signal) => api.rounds.completion(id as Identifier, signal),
    { enabled: id != null },
  );

/** The figures the round asks for; only for a round that asks for some (`enabled`). */
export const useRoundFigures = (id: Identifier | undefined, enabled = true) =>
  useApiQuery(
    ['reporting-rounds', 'figures', { id: String(id) }],
    (signal) => api.rounds.figures(id as Identifier, signal),
    { enabled: id != null && enabled },
  );

export const useRoundReport = (id: Identifier | undefined) =>
  useApiQuery(
    ['reporting-rounds', 'report', { id: String(id) }],
    (signal) => api.rounds.report(id as Identifier, signal),
    { enabled: id != null },
  );
