import { usePageTranslate } from '../i18n/pageMessages';
import { workbookMessages } from './messages';

/** `translate` for the workbook pages: their own messages, and the app's. */
export const useWorkbookTranslate = () => usePageTranslate(workbookMessages);
