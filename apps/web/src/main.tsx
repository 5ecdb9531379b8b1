import { createRoot } from 'react-dom/client';
// Bundled fonts, nothing from the internet. Each subset (latin for Danish, latin-ext for
// names beyond it, …) says which characters it holds, so a browser downloads only those a
// page shows: the single-subset files say nothing, and every page downloaded two of each.
import '@fontsource/roboto/300.css';
import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { boot } from './boot/boot';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The app itself (react-admin and the pages) is a chunk of its own, loaded once it is
// needed; so is the owner's frame, which draws My work without react-admin.
void boot(createRoot(root), {
  app: async () => (await import('./renderApp')).renderApp,
  frame: () => import('./owner-frame/renderOwnerFrame'),
  reportForm: () => import('./owner-frame/FramedReport'),
});
