import { usePermissions } from 'react-admin';
import type { Me } from '@pejling/contracts';

/** The signed-in person, their role and rights (the authProvider's permissions). */
export const useMe = (): Me | undefined => usePermissions<Me>().permissions;
