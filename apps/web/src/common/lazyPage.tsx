import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { Loading } from 'react-admin';

/**
 * A page loaded only when it is shown: `lazyPage(() => import('./MilestoneList'),
 * 'MilestoneList')` puts the list and what only it uses into a chunk of its own, so the
 * sign-in page and the dashboard do not download it. react-admin's layout shows a spinner
 * while the chunk loads.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: the page's own
export function lazyPage<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** For routes outside the layout (`noLayout`), which has no `Suspense` of its own. */
export const Loadable = ({ children }: { children: ReactNode }) => (
  <Suspense fallback={<Loading />}>{children}</Suspense>
);
