import { useEffect } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { useGetList, useStore, useTranslate } from 'react-admin';
import type { StrategyRecord } from '@pejling/contracts';

/**
 * The strategy the whole-plan views (the dashboard, the timeline) show, chosen once for
 * both and kept in react-admin's store; undefined until chosen: the server's current one.
 */
export const useStrategyChoice = () => useStore<number | undefined>('pejling.strategyId');

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
  const translate = useTranslate();
  const [, choose] = useStrategyChoice();
  const { data: strategies = [] } = useGetList<StrategyRecord>('strategies', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'periodStart', order: 'DESC' },
  });
  if (strategies.length < 2) return null;
  return (
    <TextField
      select
      size="small"
      label={translate('pejling.strategy_picker.label')}
      value={strategies.some((s) => s.id === shown) ? shown : ''}
      onChange={(event) => choose(Number(event.target.value))}
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
