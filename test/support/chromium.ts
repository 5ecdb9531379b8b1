/*
 * The browser the tests and `npm run lighthouse` run: Debian's Chromium, never a downloaded
 * one (browser.ts for Playwright, test/lighthouse for chrome-launcher). Nothing here goes
 * through a path alias: test/lighthouse is compiled by plain tsc.
 */

/** Where the browser is: `CHROMIUM_PATH`, else Debian's. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags that keep it from reaching for the network, which this machine does not have. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
