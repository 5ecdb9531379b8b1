import type { Role } from '@pejling/contracts';

/**
 * Where a person starts: an owner on My work, whose page it is and first in their menu;
 * the secretariat and the steering group on the dashboard.
 */
export const startPath = (role: Role): string => (role === 'owner' ? '/my-work' : '/dashboard');
