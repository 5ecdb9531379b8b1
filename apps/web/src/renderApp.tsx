import { StrictMode } from 'react';
import { App } from './App';
import { adoptSession } from './auth/authProvider';
import type { RenderApp } from './boot/boot';

/**
 * The whole app, loaded on demand by boot/boot.tsx. `session`: the person the boot code
 * found signed in, or who has just signed in on its sign-in page; the app takes it over
 * rather than asking the server again.
 */
export const renderApp: RenderApp = (root, session) => {
  if (session) adoptSession(session.me, session.signedInNow);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};
