import { DataTable, List, SearchInput, TextField } from 'react-admin';
import type { FocusAreaRecord } from '@pejling/contracts';
import { RecordCards } from '../common/RecordCards';
import { RecordLinkField } from '../common/RecordLinkField';
import { useSmallScreen } from '../common/useSmallScreen';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** The focus areas by their code; on a phone or an upright tablet, as cards. */
export const FocusAreaList = () => {
  const small = useSmallScreen();
  return (
    <List sort={{ field: 'sortOrder', order: 'ASC' }} perPage={25} filters={filters}>
      {small ? (
        <RecordCards<FocusAreaRecord> title={(area) => `${area.code} ${area.title}`}>
          <TextField source="description" sx={{ whiteSpace: 'pre-line' }} />
        </RecordCards>
      ) : (
        <DataTable<FocusAreaRecord> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="code" />
          <DataTable.Col source="title" field={RecordLinkField} />
          <DataTable.Col source="description" disableSort sx={{ whiteSpace: 'pre-line' }} />
        </DataTable>
      )}
    </List>
  );
};
