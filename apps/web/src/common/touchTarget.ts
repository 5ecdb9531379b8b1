/**
 * For a main action on a phone or a tablet (below MUI's `md`, as `useSmallScreen`): at
 * least 44 px tall, enough for a thumb (WCAG 2.5.5); as designed on a desktop.
 */
export const TOUCH_TARGET = { minHeight: { xs: 44, md: 'auto' } } as const;
