import { useEffect, useRef } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { Sidebar as RaSidebar, useSidebarState, type SidebarProps } from 'react-admin';

/**
 * react-admin's menu, closed when the screen turns phone-narrow (a phone turned upright, a
 * window narrowed, a page zoomed in). react-admin opens the menu by default on a wide
 * screen; narrowed, the open menu would become a modal drawer that cannot be seen yet
 * hides the whole page from screen readers. So the render that narrows draws it closed,
 * and the menu's state follows.
 */
export const Sidebar = (props: SidebarProps) => {
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  const [, setOpen] = useSidebarState();
  const wasNarrow = useRef(narrow);
  const narrowing = narrow && !wasNarrow.current;
  useEffect(() => {
    if (narrowing) setOpen(false);
    wasNarrow.current = narrow;
  });
  return <RaSidebar {...props} {...(narrowing ? { open: false } : {})} />;
};
