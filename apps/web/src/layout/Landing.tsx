import { Loading, useRouterProvider } from 'react-admin';
import type { Role } from '@pejling/contracts';
import { useMe } from '../auth/useMe';

/**
 * Where a person starts: an owner on My work, whose page it is and first in their menu;
 * the secretariat and the steering group on the dashboard.
 */
const startPath = (role: Role): string => (role === 'owner' ? '/my-work' : '/dashboard');

/** `/`, where sign-in and the app's own address lead: on to the person's start page. */
export const Landing = () => {
  const { Navigate } = useRouterProvider();
  const me = useMe();
  return me ? <Navigate to={startPath(me.role)} replace /> : <Loading />;
};
