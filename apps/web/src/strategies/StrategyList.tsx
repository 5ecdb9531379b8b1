import { DataTable, ExportButton, List, TextField, TopToolbar } from 'react-admin';
import type { StrategyRecord } from '@pejling/contracts';
import { DayField } from '../common/DayField';
import { CardField, RecordCards } from '../common/RecordCards';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';
import { WorkbookButtons } from '../workbooks/WorkbookButtons';

/**
 * A blank workbook for a new strategy and importing one, beside the list's export; on a
 * phone, on two lines rather than past the screen's edge.
 */
const StrategyListActions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap' }}>
    <WorkbookButtons />
    <ExportButton />
  </TopToolbar>
);

const field = (source: string) => `resources.strategies.fields.${source}`;

/** The strategies by their period; on a phone or an upright tablet, as cards. */
export const StrategyList = () => {
  const small = useSmallScreen();
  return (
    <List
      sort={{ field: 'periodStart', order: 'ASC' }}
      perPage={25}
      actions={<StrategyListActions />}
    >
      {small ? (
        <RecordCards<StrategyRecord> title={(strategy) => strategy.name}>
          <TextField source="subtitle" />
          <CardField label={field('periodStart')}>
            <DayField source="periodStart" />
          </CardField>
          <CardField label={field('periodEnd')}>
            <DayField source="periodEnd" />
          </CardField>
        </RecordCards>
      ) : (
        <DataTable<StrategyRecord> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" field={RecordLinkField} />
          <DataTable.Col source="subtitle" />
          <DataTable.Col source="periodStart" field={DayField} />
          <DataTable.Col source="periodEnd" field={DayField} />
        </DataTable>
      )}
    </List>
  );
};
