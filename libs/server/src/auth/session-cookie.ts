import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from '../core/config/config';

/**
 * The session cookie: HttpOnly and SameSite=Strict always; over https also Secure with the
 * `__Host-` prefix, which pins it to this host and path `/`.
 */
export function sessionCookie(config: AppConfig): { name: string; options: CookieOptions } {
  const secure = config.appUrl.startsWith('https:');
  return {
    name: secure ? '__Host-pejling_session' : 'pejling_session',
    options: {
      httpOnly: true,
      sameSite: 'strict',
      secure,
      path: '/',
      maxAge: config.sessionMaxDays * 86_400_000,
    },
  };
}

export function readSessionToken(request: Request, config: AppConfig): string | undefined {
  const value = (request.cookies as Record<string, unknown> | undefined)?.[
    sessionCookie(config).name
  ];
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : undefined;
}

export function setSessionCookie(response: Response, config: AppConfig, token: string): void {
  const { name, options } = sessionCookie(config);
  response.cookie(name, token, options);
}

export function clearSessionCookie(response: Response, config: AppConfig): void {
  const { name, options } = sessionCookie(config);
  response.clearCookie(name, { ...options, maxAge: undefined });
}
