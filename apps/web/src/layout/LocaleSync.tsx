import { useEffect, useMemo, type ReactNode } from 'react';
import { ThemeProvider, useTheme, type Theme } from '@mui/material/styles';
import { daDK, enUS, type Localization } from '@mui/material/locale';
import { useLocaleState } from 'react-admin';
import { setApiLanguage } from '../dataProvider';

const muiLocales: Record<string, Localization> = { da: daDK, en: enUS };

/** Adds a MUI localisation's component default props to a theme. */
const localiseTheme = (theme: Theme, localisation: Localization): Theme => {
  const components: Record<string, unknown> = { ...theme.components };
  for (const [name, value] of Object.entries(localisation.components ?? {})) {
    const current = components[name] as { defaultProps?: object } | undefined;
    components[name] = {
      ...current,
      defaultProps: { ...current?.defaultProps, ...value?.defaultProps },
    };
  }
  return { ...theme, components: components as Theme['components'] };
};

/**
 * Keeps everything outside react-admin's own messages in the UI language: the page's
 * `lang` (screen readers, native date inputs), the language asked of the server, and
 * the texts MUI components carry themselves (e.g. the autocomplete's "Clear").
 */
export const LocaleSync = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  const theme = useTheme();
  // Set before the children render, so their first requests already carry the language.
  setApiLanguage(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const localised = useMemo(
    () => localiseTheme(theme, muiLocales[locale] ?? daDK),
    [theme, locale],
  );
  return <ThemeProvider theme={localised}>{children}</ThemeProvider>;
};
