import { createRoot } from 'react-dom/client';
// Bundled fonts, nothing from the internet. Each subset (latin for Danish, latin-ext for
// names beyond it, …) says which characters it holds, so a browser downloads only those a
// page shows: the single-subset files say nothing, and every page downloaded two of each.
import '@fontsource/roboto/300.css';
import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { boot, type Loaders } from './boot';
import type { EarlyStart } from './early';

/**
 * Draws the first page with React: loaded by the entry (main.tsx) once it has asked for
 * what the page needs (`early`). An entry of its own in the build (vite.config.mts), so
 * that what it imports counts as the entry's code, the sign-in page's.
 */
export const start = (loaders: Loaders, early?: EarlyStart): void => {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  void boot(createRoot(root), loaders, early);
};
