import { Loading, useRouterProvider } from 'react-admin';
import { startPath } from '../auth/startPath';
import { useMe } from '../auth/useMe';

/** `/`, where sign-in and the app's own address lead: on to the person's start page. */
export const Landing = () => {
  const { Navigate } = useRouterProvider();
  const me = useMe();
  return me ? <Navigate to={startPath(me.role)} replace /> : <Loading />;
};
