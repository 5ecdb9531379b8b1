import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useAuthState, useLocation, useNavigate, useRefresh } from 'react-admin';
import { signInWithLink } from './authProvider';
import { PublicPage } from './PublicPage';
import { linkFailureOf, LinkSignInState } from './LinkSignInState';

/**
 * Where the link in a reminder e-mail leads (`/link?token=…`) when the app is already open
 * in the tab (boot/boot.tsx draws owner-frame/LinkLanding.tsx otherwise): signs the person
 * in with the token, which works once, and opens the page the e-mail was about. A used,
 * unknown or expired link says so, and leads to the sign-in page.
 */
export const LinkSignInPage = () => {
  const navigate = useNavigate();
  const refresh = useRefresh();
  const { authenticated } = useAuthState();
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  // The token's one sign-in (signInWithLink sends it once, however often it is asked).
  const { data: signedIn, error } = useQuery({
    queryKey: ['sign-in-link', token],
    queryFn: () => signInWithLink(token),
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
  });
  const path = signedIn?.path;
  const failure = !token
    ? { error: 'pejling.link.invalid' }
    : error
      ? linkFailureOf(error)
      : undefined;

  // react-admin checked the session before there was one: have it check again.
  useEffect(() => {
    if (path) refresh();
  }, [path, refresh]);
  useEffect(() => {
    if (path && authenticated) navigate(path, { replace: true });
  }, [path, authenticated, navigate]);

  return (
    <PublicPage title="pejling.link.title">
      <LinkSignInState failure={failure} onToSignIn={() => navigate('/login')} />
    </PublicPage>
  );
};
