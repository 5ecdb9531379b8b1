import { startTransition, StrictMode } from 'react';
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
  // As a transition, which React breaks into short tasks, as the owner's frame is drawn:
  // react-admin's first draw (its contexts, layout and menu) is otherwise one long task.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
};
