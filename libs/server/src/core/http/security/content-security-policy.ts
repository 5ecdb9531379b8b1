/** A Content-Security-Policy as helmet takes it: directive name → sources. */
export type CspDirectives = Record<string, string[]>;

/**
 * The web app's policy: everything from this origin only, no inline script at all (Vite's
 * build has none), no plugins, no framing. Styles allow 'unsafe-inline' because MUI's
 * emotion inserts `<style>` elements at run time; a nonce would need the server to rewrite
 * index.html per request and the app to hand the nonce to emotion's cache. Fonts are the
 * bundled Roboto; `data:` covers assets Vite inlines as data URLs.
 */
export function appPolicy(options: { https: boolean }): CspDirectives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Over https, a stray http:// URL is fetched as https:// rather than blocked. Not over
    // plain http: it would send the app's own requests to an https port nobody listens on.
    ...(options.https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}
