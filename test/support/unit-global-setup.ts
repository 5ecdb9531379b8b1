/** Unit tests run in UTC, as the server does (the dates they check depend on it). */
export default function unitGlobalSetup(): void {
  process.env['TZ'] = 'UTC';
}
