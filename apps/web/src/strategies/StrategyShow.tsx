import { Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import type { StrategyRecord } from '@pejling/contracts';
import { DayField } from '../common/DayField';
import { WorkbookButtons } from '../workbooks/WorkbookButtons';

/**
 * The strategy's plan as a workbook, a blank one, and importing one into it; on a phone,
 * on more lines rather than past the screen's edge.
 */
const StrategyActions = () => {
  const strategy = useRecordContext<StrategyRecord>();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {strategy && <WorkbookButtons strategyId={strategy.id} />}
    </TopToolbar>
  );
};

export const StrategyShow = () => (
  <Show actions={<StrategyActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="subtitle" emptyText="—" />
      <DayField source="periodStart" />
      <DayField source="periodEnd" />
      <TextField source="vision" sx={{ whiteSpace: 'pre-line' }} />
    </SimpleShowLayout>
  </Show>
);
