import { type ReactNode, useEffect } from 'react';
import { Box, Link, Stack, Typography } from '@mui/material';
import type { Language } from '@pejling/contracts';
import { PublicCard } from './PublicCard';
import { formatDay, intlLocale } from '../common/format';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { signInTranslator } from '../i18n/signInMessages';
import { translatorOf } from '../i18n/translator';
import type { Translate } from '../i18n/types';
import { accessibilityMessages, STATEMENT_DATE } from './accessibilityMessages';

/** What is in place, in the order the statement lists it (`pejling.accessibility.met.*`). */
const MET = ['keyboard', 'screen_readers', 'charts', 'widths', 'languages', 'checks'] as const;

/** Digitaliseringsstyrelsen, which oversees the act and takes complaints under it. */
const COMPLAINTS_URL = 'https://digst.dk/';

const Section = ({ heading, children }: { heading: string; children: ReactNode }) => (
  <Box component="section">
    <Typography variant="h6" component="h2" gutterBottom>
      {heading}
    </Typography>
    {children}
  </Box>
);

const Text = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" sx={{ mb: 1 }}>
    {children}
  </Typography>
);

const Sections = ({ translate, language }: { translate: Translate; language: Language }) => {
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`pejling.accessibility.${key}`, args);
  return (
    <Stack spacing={2}>
      <Text>{t('intro')}</Text>
      <Section heading={t('status_heading')}>
        <Text>{t('status')}</Text>
      </Section>
      <Section heading={t('met_heading')}>
        <Box component="ul" sx={{ m: 0, pl: 3 }}>
          {MET.map((item) => (
            <Typography key={item} component="li" variant="body2" sx={{ mb: 0.5 }}>
              {t(`met.${item}`)}
            </Typography>
          ))}
        </Box>
      </Section>
      <Section heading={t('not_met_heading')}>
        <Text>{t('pdf')}</Text>
        <Text>{t('pdf_alternative')}</Text>
      </Section>
      <Section heading={t('contact_heading')}>
        <Text>{t('contact')}</Text>
        <Text>
          {t('complaint')} <Link href={COMPLAINTS_URL}>digst.dk</Link>
        </Text>
      </Section>
      <Section heading={t('about_heading')}>
        <Text>{t('about', { date: formatDay(STATEMENT_DATE, intlLocale(language), 'long') })}</Text>
      </Section>
      <Link href="#/">{t('back')}</Link>
    </Stack>
  );
};

/**
 * Pejling's accessibility statement (`#/accessibility`), which anyone may read, signed in
 * or not: what Pejling conforms to, what it does not (the meeting pack's PDF) and its
 * accessible alternative, and whom to tell of a problem. Without react-admin, as the
 * sign-in page (which links here): boot.tsx draws it before the app is loaded, the app as
 * AccessibilityPage. Its texts are its own (messages.ts), the language picker's label the
 * sign-in page's.
 */
export const AccessibilityStatement = ({
  language,
  onLanguageChange,
}: {
  language: Language;
  onLanguageChange: (language: Language) => void;
}) => {
  const translate = translatorOf(accessibilityMessages[language], signInTranslator(language));
  const documentTitle = translate('pejling.accessibility.document_title');

  // The page's language for screen readers, and its name in the tab and the history.
  useEffect(() => {
    document.documentElement.lang = language;
    const previous = document.title;
    document.title = documentTitle;
    return () => {
      document.title = previous;
    };
  }, [language, documentTitle]);

  return (
    <PublicCard
      wide
      title={translate('pejling.accessibility.title')}
      language={
        <LanguagePicker
          language={language}
          label={translate('pejling.auth.choose_language')}
          onChoose={onLanguageChange}
        />
      }
    >
      <Sections translate={translate} language={language} />
    </PublicCard>
  );
};
