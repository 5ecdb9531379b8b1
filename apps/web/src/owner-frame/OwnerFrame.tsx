import {
  lazy,
  type MouseEvent,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Box, Button } from '@mui/material';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { Language } from '@pejling/contracts';
import { api } from '../api/endpoints';
import { MeContext } from '../auth/useMe';
import type { FrameSession } from '../boot/boot';
import type { FramedPage } from '../boot/framedPage';
import { writeRaStore } from '../common/raStore';
import { usePageTranslate } from '../i18n/pageMessages';
import { useSaveLanguage } from '../layout/saveLanguage';
import { myWorkMessages } from '../my-work/messages';
import { MyWork } from '../my-work/MyWork';
import { pickedMilestone } from '../my-work/myWork';
import { PageLoading } from '../shell/PageLoading';
import { useShell } from '../shell/shell';
import { FrameBar } from './FrameBar';
import { type FrameLanguage, useFrameLanguage } from './frameLanguage';
import { FrameShell } from './FrameShell';
import { loadReportForm } from './loadReportForm';
import { useFramedAddress } from './useFramedAddress';

// The report form and the dashboard are chunks of their own: My work, where most visits
// stay, loads without them.
const FramedReport = lazy(async () => ({ default: (await loadReportForm()).FramedReport }));
const FramedDashboard = lazy(async () => ({
  default: (await import('./FramedDashboard')).FramedDashboard,
}));

const MAIN_ID = 'main-content';

/** The query of the hash router's address: `#/my-work?milestone=7` → `?milestone=7`. */
const addressQuery = (): string => {
  const query = window.location.hash.split('?')[1];
  return query ? `?${query}` : '';
};

/**
 * My work and the report form without react-admin, for the owner who opens them from an
 * e-mail on a phone: the same pages and app bar as the app's, in a frame that loads a
 * fraction of its code. The menu, and every link that leads beyond these pages, hand over
 * to the app (boot/boot.tsx). `saveLanguage`: the language picked on the sign-in page is
 * new to the person's profile.
 */
export const OwnerFrame = ({
  session,
  queryClient,
  language: initialLanguage,
  saveLanguage,
}: {
  session: FrameSession;
  queryClient: QueryClient;
  language: FrameLanguage;
  saveLanguage: boolean;
}) => {
  const [language, chooseLanguage] = useFrameLanguage(initialLanguage);
  // The frame speaks the person's language (their profile's, or the one they have just
  // picked and saved there): what the app is handed, so that it starts in it too.
  const me = useMemo(
    () => ({ ...session.me, person: { ...session.me.person, language: language.language } }),
    [session.me, language.language],
  );
  // The session has ended: to the sign-in page, and back here after.
  const signInAgain = useCallback(() => void session.signIn(true), [session]);
  // A link beyond the frame's pages: the app draws it, for the person as the frame knows them.
  const page = useFramedAddress(useCallback(() => void session.openApp(me), [session, me]));
  return (
    <QueryClientProvider client={queryClient}>
      <MeContext.Provider value={me}>
        <FrameShell language={language} onSignedOut={signInAgain}>
          <FramePage
            page={page}
            saveLanguage={saveLanguage}
            // The menu is the app's: it opens with the menu shown, as this person now is.
            onOpenMenu={() => {
              writeRaStore('sidebar.open', true);
              void session.openApp(me);
            }}
            onLanguage={chooseLanguage}
            onSignOut={async () => {
              // Signed out on the server or not (the session may have ended): to sign-in.
              await api.session.signOut().catch(() => undefined);
              await session.signIn(false);
            }}
          />
        </FrameShell>
      </MeContext.Provider>
    </QueryClientProvider>
  );
};

const FramePage = ({
  page,
  saveLanguage,
  onOpenMenu,
  onLanguage,
  onSignOut,
}: {
  page: FramedPage | undefined;
  saveLanguage: boolean;
  onOpenMenu: () => void;
  onLanguage: (language: Language) => Promise<void>;
  onSignOut: () => Promise<void>;
}) => {
  const { language, translate } = useShell();
  const pageTranslate = usePageTranslate(myWorkMessages);
  const save = useSaveLanguage();
  // The report's title is its page's to say: its messages come with its chunk.
  const [reportTitle, setReportTitle] = useState('');
  const title =
    page?.page === 'report'
      ? reportTitle
      : page?.page === 'dashboard'
        ? translate('pejling.dashboard.title')
        : pageTranslate('pejling.my_work.title');
  useEffect(() => {
    if (title) document.title = `${title} · Pejling`;
  }, [title]);
  // A new page within the frame: the keyboard and a screen reader start at its content.
  const main = useRef<HTMLElement>(null);
  const firstPage = useRef(page);
  useEffect(() => {
    if (page === firstPage.current) return;
    window.scrollTo(0, 0);
    main.current?.focus();
  }, [page]);
  // The language picked on the sign-in page, saved to the profile once.
  const saved = useRef(!saveLanguage);
  useEffect(() => {
    if (saved.current) return;
    saved.current = true;
    void save(language);
  }, [save, language]);

  return (
    <>
      <SkipLink label={translate('ra.navigation.skip_nav')} />
      <FrameBar
        title={title}
        onOpenMenu={onOpenMenu}
        onChooseLanguage={async (next) => {
          if (await save(next)) await onLanguage(next);
        }}
        onSignOut={() => void onSignOut()}
      />
      <Box
        component="main"
        ref={main}
        id={MAIN_ID}
        tabIndex={-1}
        sx={{ p: { xs: 1, sm: 2 }, outline: 'none' }}
      >
        <Suspense fallback={<PageLoading />}>
          {page?.page === 'report' && (
            <FramedReport
              roundId={page.roundId}
              initiativeId={page.initiativeId}
              onTitle={setReportTitle}
            />
          )}
          {page?.page === 'dashboard' && <FramedDashboard />}
          {page?.page === 'my-work' && <MyWork picked={pickedMilestone(addressQuery())} />}
        </Suspense>
      </Box>
    </>
  );
};

/**
 * The first thing a keyboard reaches: on to the page's content, past the app bar. It
 * moves the focus itself: in a hash router's app, `#main-content` is no address to go to.
 */
const SkipLink = ({ label }: { label: string }) => {
  const skip = (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById(MAIN_ID)?.focus();
  };
  return (
    <Button
      href={`#${MAIN_ID}`}
      onClick={skip}
      variant="contained"
      sx={{
        position: 'fixed',
        zIndex: 'tooltip',
        top: 8,
        left: 8,
        transform: 'translateY(-200%)',
        '&:focus, &.Mui-focusVisible': { transform: 'none' },
      }}
    >
      {label}
    </Button>
  );
};
