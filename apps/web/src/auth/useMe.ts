import { createContext, useContext } from 'react';
import type { Me } from '@pejling/contracts';

/**
 * The signed-in person, their role and rights, as the frame the page is drawn in knows
 * them: the app's layout (layout/MeProvider.tsx) or the owner's frame. Undefined until known.
 */
export const MeContext = createContext<Me | undefined>(undefined);

export const useMe = (): Me | undefined => useContext(MeContext);
