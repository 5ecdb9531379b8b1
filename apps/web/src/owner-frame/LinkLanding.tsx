import { type ReactNode, useEffect, useState } from 'react';
import type { Language } from '@pejling/contracts';
import { signInWithLink } from '../auth/authProvider';
import { type LinkFailure, linkFailureOf, LinkSignInState } from '../auth/LinkSignInState';
import { PublicCard } from '../auth/PublicCard';
import type { LinkLandingProps } from '../boot/boot';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useShell } from '../shell/shell';
import { type FrameLanguage, useFrameLanguage } from './frameLanguage';
import { FrameShell } from './FrameShell';

/**
 * Where the link in a reminder e-mail leads (`/link?token=…`), drawn without the app: it
 * signs the person in and hands on to the page the e-mail was about, My work most often,
 * which the owner's frame draws too. A used, unknown or expired link says so, and leads
 * to the sign-in page.
 */
export const LinkLanding = ({
  language: initialLanguage,
  ...props
}: LinkLandingProps & { language: FrameLanguage }) => {
  const [language, chooseLanguage] = useFrameLanguage(initialLanguage);
  return (
    <FrameShell language={language} onSignedOut={props.onToSignIn}>
      <LinkCard onChooseLanguage={(next) => void chooseLanguage(next)}>
        <SigningIn {...props} />
      </LinkCard>
    </FrameShell>
  );
};

/** The card of a page for someone not signed in, in the shell's language. */
const LinkCard = ({
  onChooseLanguage,
  children,
}: {
  onChooseLanguage: (language: Language) => void;
  children: ReactNode;
}) => {
  const { language, translate } = useShell();
  return (
    <PublicCard
      title={translate('pejling.link.title')}
      language={
        <LanguagePicker
          language={language}
          label={translate('pejling.action.choose_language')}
          onChoose={onChooseLanguage}
        />
      }
    >
      {children}
    </PublicCard>
  );
};

const SigningIn = ({ token, onSignedIn, onToSignIn }: LinkLandingProps) => {
  const [failure, setFailure] = useState<LinkFailure | undefined>(
    token ? undefined : { error: 'pejling.link.invalid' },
  );
  useEffect(() => {
    if (!token) return;
    // The token's one sign-in (signInWithLink sends it once, however often it is asked).
    let shown = true;
    signInWithLink(token).then(
      (result) => shown && onSignedIn(result),
      (error: unknown) => shown && setFailure(linkFailureOf(error)),
    );
    return () => {
      shown = false;
    };
  }, [token, onSignedIn]);
  return <LinkSignInState failure={failure} onToSignIn={onToSignIn} />;
};
