import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { Loading } from 'react-admin';

/**
 * A page loaded only when it is shown: `lazyPage(() => import('./MilestoneList'),
 * 'MilestoneList')` puts the list and what only it uses into a chunk of its own, so the
 * sign-in page and the dashboard do not download it. react-admin's layout shows a spinner
 * while the chunk loads.
 *
 * `preload()` fetches the chunk ahead. Once it is in, the page renders at once: a lazy
 * component suspends on its first render even when its code is there, and React then
 * holds the content back for its Suspense throttle (300 ms).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: the page's own
export function lazyPage<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) {
  let loaded: M[K] | undefined;
  const preload = async () => {
    loaded ??= (await load())[name];
    return loaded;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  const Page = (props: React.ComponentProps<M[K]>) => {
    const Shown = (loaded ?? Lazy) as ComponentType<React.ComponentProps<M[K]>>;
    return <Shown {...props} />;
  };
  return Object.assign(Page, { preload });
}

/** For routes outside the layout (`noLayout`), which has no `Suspense` of its own. */
export const Loadable = ({ children }: { children: ReactNode }) => (
  <Suspense fallback={<Loading />}>{children}</Suspense>
);
