import { useEffect, useSyncExternalStore } from 'react';
import { MenuItem, TextField } from '@mui/material';
import type { StrategyRecord } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { useShell } from '../shell/shell';
import { chooseStrategy, chosenStrategy, onStrategyChosen } from './strategyChoice';
import { useApiQuery } from './useApiQuery';

/** The strategy chosen for the whole-plan views (strategyChoice.ts), and how to choose another. */
export const useStrategyChoice = () =>
  [useSyncExternalStore(onStrategyChosen, chosenStrategy), chooseStrategy] as const;

/** Every strategy, newest first: more than a plan will ever have. */
const STRATEGIES = {
  key: ['strategies', 'picker'],
  read: (signal: AbortSignal) =>
    api.list<StrategyRecord>(
      'strategies',
      { filter: {}, sort: ['periodStart', 'DESC'], perPage: 200 },
      signal,
    ),
};

/** A chosen strategy that the server no longer knows (404) is forgotten: back to the default. */
export const useForgetUnknownStrategy = (error: unknown) => {
  const [strategyId, choose] = useStrategyChoice();
  const status = (error as { status?: unknown } | null)?.status;
  useEffect(() => {
    if (strategyId !== undefined && status === 404) choose(undefined);
  }, [strategyId, status, choose]);
};

/**
 * A choice of strategy for a whole-plan view, shown only when there is more than one.
 * `shown` is the strategy the view shows now (the server's default before a choice).
 */
export const StrategyPicker = ({ shown }: { shown: number }) => {
  const { translate } = useShell();
  const { data: strategies = [] } = useApiQuery(STRATEGIES.key, STRATEGIES.read);
  if (strategies.length < 2) return null;
  return (
    <TextField
      select
      size="small"
      label={translate('pejling.strategy_picker.label')}
      value={strategies.some((s) => s.id === shown) ? shown : ''}
      onChange={(event) => chooseStrategy(Number(event.target.value))}
      sx={{ minWidth: 240 }}
    >
      {strategies.map((strategy) => (
        <MenuItem key={strategy.id} value={strategy.id}>
          {strategy.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
