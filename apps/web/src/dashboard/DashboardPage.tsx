import { Title, useTranslate } from 'react-admin';
import { Dashboard } from './Dashboard';

/** The dashboard in the app's layout, its title in the app bar. */
export const DashboardPage = () => (
  <>
    <Title title={useTranslate()('pejling.dashboard.title')} />
    <Dashboard />
  </>
);
