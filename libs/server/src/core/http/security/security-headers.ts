import helmet from 'helmet';
import { appPolicy } from './content-security-policy';

/**
 * helmet's security headers on every answer: the web app's files, the API's JSON and the
 * API docs. One policy fits all three: Swagger UI, as @nestjs/swagger serves it, loads its
 * scripts (swagger-ui-init.js included) from files and only needs the inline styles the
 * web app needs too. HSTS only when APP_URL is https: it tells browsers to use nothing
 * but https for this host, which a plain-http installation cannot honour.
 */
export function securityHeaders(options: { appUrl: string }) {
  const https = new URL(options.appUrl).protocol === 'https:';
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: appPolicy({ https }) },
    strictTransportSecurity: https
      ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true }
      : false,
    // The CSP's frame-ancestors 'none', for browsers that only know the older header.
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}
