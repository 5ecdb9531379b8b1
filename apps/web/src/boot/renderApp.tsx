import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { Me } from '@pejling/contracts';
import { App } from '../App';
import { adoptSession } from '../authProvider';

/**
 * The whole app, loaded on demand by boot.tsx. `session`: the person the boot code found
 * signed in, or who has just signed in on its sign-in page; the app takes it over rather
 * than asking the server again.
 */
export const renderApp = (root: Root, session?: { me: Me; signedInNow: boolean }): void => {
  if (session) adoptSession(session.me, session.signedInNow);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};
