import { forwardRef } from 'react';
import { Link, type LinkProps } from '@mui/material';

/**
 * A link to one of the app's pages (`to`: `/milestones/7/show`), in either frame: an
 * address in the hash router's form, which react-admin's router follows, and which the
 * owner's frame hands to the app when it leads beyond it (boot/boot.tsx). Also a Button's
 * `component`, as react-admin's Link is.
 */
export const AppLink = forwardRef<HTMLAnchorElement, Omit<LinkProps, 'href'> & { to: string }>(
  ({ to, ...props }, ref) => <Link ref={ref} href={`#${to}`} {...props} />,
);
AppLink.displayName = 'AppLink';
