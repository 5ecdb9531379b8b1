/** The only query parameter `SMTP_URL` takes: `?tls=off`, to send in clear on purpose. */
export const TLS_OFF = 'off';

/**
 * What is wrong with an `SMTP_URL` beyond its scheme, or undefined: it may carry no query
 * but `tls=off`, and `smtps://`, which is TLS from the start, cannot turn TLS off.
 */
export function smtpUrlProblem(url: string): string | undefined {
  // Not a URL at all is said by the schema's URL check.
  if (!URL.canParse(url)) return undefined;
  const u = new URL(url);
  const unknown = [...u.searchParams.keys()].filter((key) => key !== 'tls');
  if (unknown.length) return `takes no parameter ${unknown.join(', ')} (only ?tls=off)`;
  const tls = u.searchParams.get('tls');
  if (tls !== null && tls !== TLS_OFF) return `tls may only be "off", not "${tls}"`;
  if (tls === TLS_OFF && u.protocol === 'smtps:') {
    return 'smtps:// is TLS itself: use smtp:// with ?tls=off';
  }
  return undefined;
}
