import { Admin, Resource } from 'react-admin';
import { dataProvider } from './dataProvider';
import focusAreas from './focus-areas';
import { i18nProvider } from './i18n';
import initiatives from './initiatives';
import { Layout } from './layout/Layout';
import milestones from './milestones';
import organisations from './organisations';
import people from './people';
import strategies from './strategies';
import targets from './targets';

/**
 * Only composition: each resource's views live in its own folder. Pages that are not a
 * resource (the dashboard, reporting rounds) will be added here as <CustomRoutes>.
 */
export const App = () => (
  <Admin
    title="Pejling"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    disableTelemetry
  >
    <Resource name="initiatives" {...initiatives} />
    <Resource name="milestones" {...milestones} />
    <Resource name="focus-areas" {...focusAreas} />
    <Resource name="targets" {...targets} />
    <Resource name="organisations" {...organisations} />
    <Resource name="people" {...people} />
    <Resource name="strategies" {...strategies} />
  </Admin>
);
