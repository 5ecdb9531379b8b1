import type { ReactNode } from 'react';
import { usePermissions } from 'react-admin';
import type { Me } from '@pejling/contracts';
import { MeContext } from '../auth/useMe';

/** The signed-in person for the pages in the app's layout: the authProvider's permissions. */
export const MeProvider = ({ children }: { children: ReactNode }) => (
  <MeContext.Provider value={usePermissions<Me>().permissions}>{children}</MeContext.Provider>
);
