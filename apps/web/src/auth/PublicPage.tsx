import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { LocaleSync } from '../i18n/LocaleSync';
import { PublicCard } from './PublicCard';

/**
 * A page of the app for someone who is not signed in (choosing a first password, the
 * links in reminder e-mails): a card with a heading, the language to read it in, and the
 * content. `title` is an i18n key, or a text that a page with messages of its own
 * translated already.
 */
export const PublicPage = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <LocaleSync>
      <PublicCard title={translate(title, { _: title })} language={<LanguageMenu />}>
        {children}
      </PublicCard>
    </LocaleSync>
  );
};
