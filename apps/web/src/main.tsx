import type { Loaders } from './boot/boot';
import { startEarly } from './boot/early';

// The app itself (react-admin and the pages) is a chunk of its own, loaded once it is
// needed; so is the owner's frame, which draws My work and the report form without it.
const loaders: Loaders = {
  app: async () => (await import('./renderApp')).renderApp,
  frame: () => import('./owner-frame/renderOwnerFrame'),
  reportForm: () => import('./owner-frame/FramedReport'),
  dashboard: () => import('./owner-frame/FramedDashboard'),
};

// This entry is a few kilobytes: it asks for the session (and, on an owner's page, its code
// and data) while React and the sign-in page's code load, not after them.
const early = startEarly(loaders);
void import('./boot/start').then(({ start }) => start(loaders, early));
