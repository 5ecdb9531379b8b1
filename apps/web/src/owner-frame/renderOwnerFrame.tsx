import { startTransition, StrictMode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { adoptSession } from '../auth/authProvider';
import { takeSessionLanguage } from '../auth/sessionLanguage';
import type { OwnerFrameModule } from '../boot/boot';
import { storeLanguage } from '../boot/storedLanguage';
import { loadStoredLanguage } from './frameLanguage';
import { LinkLanding } from './LinkLanding';
import { OwnerFrame } from './OwnerFrame';

// What was read a moment ago is not read again as the page mounts (My work, asked for by
// boot.tsx before this code loaded): only after a few seconds, or when a save says so.
const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 5_000 } } });

/**
 * The owner's frame (OwnerFrame.tsx), loaded on demand by boot/boot.tsx: My work (already
 * asked for while this code loaded) or the report form, in the language of the person's
 * profile or the one they picked on the sign-in page, as the app would show it.
 */
export const renderOwnerFrame: OwnerFrameModule['renderOwnerFrame'] = async (root, session) => {
  adoptSession(session.me, session.signedInNow);
  const picked = takeSessionLanguage();
  if (picked) storeLanguage(picked.language);
  for (const { key, answer } of session.reads) {
    void queryClient.prefetchQuery({ queryKey: key, queryFn: () => answer });
  }
  const language = await loadStoredLanguage();
  // As a transition, which React breaks into short tasks: the first draw of the frame (its
  // theme, its bar) would otherwise hold a phone's main thread for a quarter of a second.
  startTransition(() =>
    root.render(
      <StrictMode>
        <OwnerFrame
          session={session}
          queryClient={queryClient}
          language={language}
          saveLanguage={picked?.save ?? false}
        />
      </StrictMode>,
    ),
  );
};

/** The landing of a link from an e-mail (LinkLanding.tsx). */
export const renderLinkLanding: OwnerFrameModule['renderLinkLanding'] = async (root, props) => {
  const language = await loadStoredLanguage();
  startTransition(() =>
    root.render(
      <StrictMode>
        <LinkLanding {...props} language={language} />
      </StrictMode>,
    ),
  );
};
