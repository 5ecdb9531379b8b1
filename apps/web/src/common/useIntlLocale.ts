import { useShell } from '../shell/shell';
import { intlLocale } from './format';

/** The BCP 47 locale to format dates and numbers in, following the UI language. */
export const useIntlLocale = (): string => intlLocale(useShell().language);
