import { Browser, chromium, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './session';

/**
 * Debian's Chromium, never a downloaded one. The flags keep it from reaching for the
 * network, which this machine does not have.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Waits for the sign-in page and fills it in; the caller clicks (to time what follows). */
export async function fillSignInForm(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.getByRole('heading', { name: 'Log ind på Pejling' }).waitFor({ timeout: 20_000 });
  await page.getByLabel(/^E-mail/).fill(email);
  await page.getByLabel(/^Adgangskode/).fill(password);
}

/** Signs in on the sign-in page, and waits until the app shows who is signed in. */
export async function signInThroughForm(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await fillSignInForm(page, email, password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('button', { name: 'Profil' }).waitFor({ timeout: 20_000 });
}
