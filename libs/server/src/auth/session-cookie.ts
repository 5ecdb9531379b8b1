import { parse, serialize, type SerializeOptions } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../core/config/config';

/**
 * The session cookie: HttpOnly and SameSite=Strict always; over https also Secure with the
 * `__Host-` prefix, which pins it to this host and path `/`. It is the only cookie Pejling
 * sets or reads.
 */
export function sessionCookie(config: AppConfig): { name: string; options: SerializeOptions } {
  const secure = config.appUrl.startsWith('https:');
  return {
    name: secure ? '__Host-pejling_session' : 'pejling_session',
    options: {
      httpOnly: true,
      sameSite: 'strict',
      secure,
      path: '/',
      // In seconds, as Max-Age is.
      maxAge: config.sessionMaxDays * 86_400,
    },
  };
}

export function readSessionToken(request: FastifyRequest, config: AppConfig): string | undefined {
  const header = request.headers.cookie;
  const value = header ? parse(header)[sessionCookie(config).name] : undefined;
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : undefined;
}

export function setSessionCookie(reply: FastifyReply, config: AppConfig, token: string): void {
  const { name, options } = sessionCookie(config);
  // Expires beside Max-Age, for clients that know only the older attribute.
  const expires = new Date(Date.now() + (options.maxAge as number) * 1000);
  reply.header('Set-Cookie', serialize(name, token, { ...options, expires }));
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  const { name, options } = sessionCookie(config);
  reply.header(
    'Set-Cookie',
    serialize(name, '', { ...options, maxAge: undefined, expires: new Date(0) }),
  );
}
