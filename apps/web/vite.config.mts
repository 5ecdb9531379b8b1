/// <reference types="vite/client" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

// Paths are resolved from this file, so the config works whether Vite is started from the
// workspace root (`nx build web`) or from apps/web.
const appRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Preloads the fonts of the first paint (Roboto's latin regular and medium: body text and
 * headings) from index.html. A browser finds a font only when text drawn with it is laid
 * out, after the scripts have run: on a slow line that is one more round trip before the
 * page's largest heading is drawn in its font.
 */
const preloadFirstFonts = (): Plugin => ({
  name: 'pejling-preload-first-fonts',
  apply: 'build',
  transformIndexHtml: (_html, { bundle }) =>
    Object.keys(bundle ?? {})
      .filter((file) => /roboto-latin-(400|500)-normal-[\w-]+\.woff2$/.test(file))
      .map((file) => ({
        tag: 'link',
        attrs: {
          rel: 'preload',
          as: 'font',
          type: 'font/woff2',
          crossorigin: '',
          href: `/${file}`,
        },
        injectTo: 'head' as const,
      })),
});

export default defineConfig({
  root: appRoot,
  cacheDir: `${workspaceRoot}node_modules/.vite/apps/web`,
  // Every text asset also as .br and .gz beside it, made once here, so that the API serves
  // them compressed (core/http/web-app.ts) without compressing on each request.
  plugins: [react(), preloadFirstFonts(), compression({ algorithms: ['brotliCompress', 'gzip'] })],
  resolve: {
    alias: {
      '@pejling/contracts': `${workspaceRoot}libs/contracts/src/index.ts`,
    },
  },
  server: {
    port: 4200,
    host: 'localhost',
    proxy: {
      // The Host header is kept (Vite's shorthand would rewrite it), so that the API sees a
      // request from the page's own origin and does not refuse it as cross-site.
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: {
    port: 4300,
    host: 'localhost',
  },
  build: {
    outDir: `${workspaceRoot}dist/apps/web`,
    emptyOutDir: true,
    // apps/web/scripts/bundle-size.cjs reads it to add up what each route downloads.
    manifest: true,
    // Vite's warning at 500 kB of minified JavaScript per chunk is also the budget that
    // apps/web/scripts/bundle-size.cjs checks.
    chunkSizeWarningLimit: 500,
    // Every browser Pejling supports preloads modules itself (Safari since 17); an older one
    // only loads them a little later. The polyfill would cost every route its bytes.
    modulePreload: { polyfill: false },
    // Fonts stay files, however small: inlined in the stylesheet, every page would download
    // every subset of every weight, where a browser fetches a file only for a character
    // shown.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
    // Libraries in chunks of their own: they change less often than the app, so browsers
    // keep them cached across releases. Every page is a lazy chunk of its own
    // (common/lazyPage.tsx); a group collects its modules whoever imports them, so a library
    // that only lazy pages use needs a group of its own, or the first page would load it.
    rolldownOptions: {
      // The entry (src/main.tsx, in index.html) asks for the page's session and data, and
      // then loads the first page's code (src/boot/start.tsx). That is an entry too, so that
      // what it imports counts as initial code (the groups' `$initial` below): the sign-in
      // page's.
      input: { index: `${appRoot}index.html`, start: `${appRoot}src/boot/start.tsx` },
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 4,
            },
            // The date picker (common/DayPicker.tsx), its date library and the calendar's
            // slide transition (the rest of react-transition-group is MUI's), apart: only the
            // edit pages and list filters import them. Above `charts`, which would take
            // @mui/x-date-pickers, and so the edit pages would download the charts.
            {
              name: 'date-pickers',
              test: /node_modules[\\/](@mui[\\/]x-date-pickers[\\/]|dayjs[\\/]|dom-helpers[\\/]|react-transition-group[\\/]esm[\\/]CSSTransition)/,
              priority: 6,
            },
            // What the charts and the date picker share (MUI X's internals and Base UI's
            // utilities under them), for either to load without the other.
            {
              name: 'mui-x',
              test: /node_modules[\\/](@mui[\\/]x-internals|@base-ui[\\/][^\\/]+|reselect)[\\/]/,
              priority: 6,
            },
            // Charts and what only they use (d3 through x-charts-vendor), apart: only the
            // lazy chart chunks import them, so neither sign-in nor the dashboard's first
            // paint downloads them. Above `mui`, which would otherwise take @mui/x-*.
            {
              name: 'charts',
              test: /node_modules[\\/](@mui[\\/]x-[^\\/]+|d3-[^\\/]+|internmap|delaunator|robust-predicates|flatqueue|bezier-easing)[\\/]/,
              priority: 5,
            },
            // The libraries the entry imports statically (`$initial`): the few MUI components
            // of the sign-in page (src/boot) and what they use, apart from the rest of MUI and
            // the vendors, so that the sign-in page stays within its 150 kB. React keeps its
            // own chunk (above); the app loads this one too.
            {
              name: 'sign-in-libs',
              test: /node_modules[\\/]/,
              tags: ['$initial'],
              priority: 3.5,
            },
            // What the owner's frame (src/owner-frame: My work, where e-mails lead) needs
            // beyond the sign-in page's libraries, apart from the rest: the MUI components it
            // draws, react-query and, of react-admin, only its default theme. The frame loads
            // this alone; the app too. A new component there belongs in this list, or the
            // frame loads all of MUI (bundle-size.cjs's budget for "my work" says so).
            {
              name: 'frame-libs',
              test: /node_modules[\\/](@tanstack[\\/]|ra-ui-materialui[\\/]dist[\\/]theme[\\/]defaultTheme|@popperjs[\\/]|@mui[\\/]private-theming[\\/]|@mui[\\/]system[\\/]esm[\\/](ThemeProvider|cssVars|InitColorSchemeScript|useMediaQuery)[\\/]|@mui[\\/]material[\\/]esm[\\/](AppBar|Chip|ClickAwayListener|Divider|LinearProgress|List\w*|Popper|Snackbar\w*|Table\w*|Toolbar|Tooltip|useMediaQuery|InitColorSchemeScript|styles|internal)[\\/])/,
              priority: 3.2,
            },
            // The frame's own modules that other pages share (My work, the shell, the chips
            // and formats it uses) and its icons, in one chunk: the frame would fetch each
            // as a chunk of its own otherwise, and on a slow line every request costs a
            // round trip.
            {
              name: 'owner-kit',
              test: /(apps[\\/]web[\\/]src[\\/](shell[\\/]|my-work[\\/](?!MyWorkPage)|common[\\/](HealthChip|StatusChip|ProgressBar|OverdueChip|useServerAction|Section|useApiQuery|useSmallScreen|scrollsAlone|touchTarget|useIntlLocale|useAppInfo|refusalReason|recordNames|ruleSentence|timing)\.|i18n[\\/]pageMessages\.|auth[\\/](canAccess|LinkSignInState|useMe)\.|milestones[\\/](MilestoneStatusSelect|MilestoneStatusChip|statusChangeMessages)\.)|@mui[\\/]icons-material[\\/]esm[\\/](AccessibilityNew|AccountCircle|AssignmentInd|Block|CheckCircle|Delete|EditNote|Event|EventBusy|HelpOutline|History|Key|Lock|LockOpen|Menu|Notifications|PlayCircleOutline|PowerSettingsNew|Report|Save|Schedule|Send|Warning)\.js)/,
              priority: 3.1,
            },
            // What the report form adds to the frame's libraries: react-hook-form and the MUI
            // components it draws (its fields, the menu of a select, the question before
            // sending), apart from the rest: the form in the owner's frame loads these alone.
            {
              name: 'form-libs',
              test: /node_modules[\\/](react-hook-form[\\/]|@mui[\\/](system[\\/]esm[\\/]Grid[\\/]|material[\\/]esm[\\/](utils|TextField|FormControl\w*|FormLabel|FormHelperText|FormGroup|Radio\w*|InputBase|FilledInput|Input|OutlinedInput|InputLabel|InputAdornment|Select|Menu|MenuItem|MenuList|Popover|Modal|Dialog\w*|Grid|Backdrop|Fade|Grow|Portal|Unstable_TrapFocus|NativeSelect|ListItemIcon|ListItemText)[\\/]))/,
              priority: 3.15,
            },
            // The report form's modules (src/reporting-rounds/owner-report, where a round's
            // e-mails lead), what only it and a few lazy pages share, and their icons, in one
            // chunk: the owner's frame loads it with the form, a round trip for each otherwise.
            {
              name: 'report-kit',
              test: /(apps[\\/]web[\\/]src[\\/](reporting-rounds[\\/](owner-report[\\/](?!OwnerReportPage)|RoundPageHeading\.|RoundStateChip\.)|status-reports[\\/](CorrectionLines|ReportTexts)\.|attachments[\\/]|common[\\/]ConfirmDialog\.)|@mui[\\/]icons-material[\\/]esm[\\/](ArrowBack|ArrowForward|AttachFile|ErrorOutline)\.js)/,
              priority: 3.05,
            },
            // The dashboard's modules (but its page in the app's layout), what it shares with
            // the other whole-plan views, and its icons, in one chunk: the owner's frame draws
            // the dashboard on a phone, and would fetch half a dozen small chunks otherwise.
            {
              name: 'dashboard-kit',
              test: /(apps[\\/]web[\\/]src[\\/](dashboard[\\/](?!index\.|DashboardPage\.)|common[\\/](StrategyHeading|StrategyPicker|ChartTable)\.|targets[\\/]assessmentWords\.)|@mui[\\/]icons-material[\\/]esm[\\/](East|RemoveCircleOutline|TrendingDown)\.js)/,
              priority: 3.04,
            },
            // Icons by the pages that show them: the owner's frame loads its own alone.
            {
              name: 'icons',
              test: /node_modules[\\/]@mui[\\/]icons-material[\\/]/,
              priority: 3,
              entriesAware: true,
              entriesAwareMergeThreshold: 1500,
            },
            {
              name: 'mui',
              test: /node_modules[\\/](@mui[\\/](?!icons-material)|@emotion)/,
              priority: 3,
            },
            // react-admin's English messages apart: the app and the frame load them for a page
            // in English only.
            {
              name: 'ra-english',
              test: /node_modules[\\/]ra-language-english[\\/]/,
              priority: 2.5,
            },
            {
              name: 'react-admin',
              test: /node_modules[\\/](react-admin|ra-[^\\/]+)[\\/]/,
              priority: 2,
            },
            // What the entry itself runs (src/main.tsx: src/boot/early.ts and what it uses), in
            // a chunk that imports nothing: it asks for the session while React loads.
            // bundle-size.cjs's "entry" budget fails if it comes to import another chunk.
            {
              name: 'early',
              test: /apps[\\/]web[\\/]src[\\/](api[\\/](client|endpoints|queries)|i18n[\\/]uiLanguage|auth[\\/](accessibilityPath|startPath)|boot[\\/](early|earlyReads|framedPage)|common[\\/](format|raStore|strategyChoice))\.ts$/,
              priority: 0.7,
            },
            // The app's own modules that the entry imports (src/boot and what it uses), in one
            // chunk: each would be a chunk of its own, and a round trip, otherwise.
            {
              name: 'boot',
              test: /(apps[\\/]web[\\/]src[\\/](?!main\.tsx)|libs[\\/]contracts[\\/])/,
              tags: ['$initial'],
              priority: 0.6,
            },
            { name: 'vendor', test: /node_modules[\\/](?!@mui[\\/]icons-material)/, priority: 1 },
          ],
        },
      },
    },
  },
});
