import { createRoot } from 'react-dom/client';
// Bundled fonts, nothing from the internet: the latin subsets cover Danish and its names.
import '@fontsource/roboto/latin-300.css';
import '@fontsource/roboto/latin-400.css';
import '@fontsource/roboto/latin-500.css';
import '@fontsource/roboto/latin-700.css';
import '@fontsource/roboto/latin-ext-400.css';
import '@fontsource/roboto/latin-ext-500.css';
import { boot } from './boot/boot';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The app itself (react-admin and the pages) is a chunk of its own, loaded once it is
// needed; so is the owner's frame, which draws My work without react-admin.
void boot(createRoot(root), {
  app: async () => (await import('./renderApp')).renderApp,
  frame: () => import('./owner-frame/renderOwnerFrame'),
});
