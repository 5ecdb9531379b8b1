import { Create, useGetList } from 'react-admin';
import type { ReportingRoundRecord, StrategyRecord } from '@pejling/contracts';
import { ReportingRoundForm } from './ReportingRoundForm';

type RoundValues = Partial<ReportingRoundRecord>;

/** No initiatives chosen: the server asks the strategy's that are still under way. */
const withDefaultScope = ({ initiativeIds, ...round }: RoundValues): RoundValues =>
  initiativeIds?.length ? { ...round, initiativeIds } : round;

/** A new round starts as a draft; with only one strategy, it is chosen already. */
export const ReportingRoundCreate = () => {
  const { data: strategies, isPending } = useGetList<StrategyRecord>('strategies', {
    pagination: { page: 1, perPage: 2 },
  });
  if (isPending) return null;
  const only = strategies?.length === 1 ? strategies[0] : undefined;
  return (
    <Create redirect="show" transform={withDefaultScope}>
      <ReportingRoundForm defaultValues={{ strategyId: only?.id, initiativeIds: [] }} />
    </Create>
  );
};
