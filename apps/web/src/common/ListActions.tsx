import { CreateButton, ExportButton, FilterButton, TopToolbar } from 'react-admin';

/** The toolbar of a list that can be filtered, added to and exported. */
export const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);
