import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection: a state-changing request that a browser sends from another site is
 * refused. Browsers send `Origin` (and `Sec-Fetch-Site`) on such requests; a client that
 * is not a browser sends neither and cannot be tricked into using someone's cookie. The
 * session cookie's SameSite=Strict is the second line.
 */
@Injectable()
export class SameOriginGuard implements CanActivate {
  private readonly appOrigin: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.appOrigin = new URL(config.appUrl).origin;
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    const origin = request.headers['origin'];
    if (origin !== undefined && origin !== this.appOrigin && origin !== this.ownOrigin(request)) {
      throw new ForbiddenException(`requests from ${origin} may not change anything here`);
    }
    if (origin === undefined && request.headers['sec-fetch-site'] === 'cross-site') {
      throw new ForbiddenException('requests from another site may not change anything here');
    }
    return true;
  }

  /** The origin the request was addressed to, for a server reached by another name. */
  private ownOrigin(request: FastifyRequest): string | undefined {
    const host = request.headers['host'];
    return host ? `${request.protocol}://${host}` : undefined;
  }
}
