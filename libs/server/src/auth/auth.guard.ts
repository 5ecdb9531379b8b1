import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { RequestWithActor } from '../records/actor';
import { ActorResolver } from './actor-resolver';
import { IS_PUBLIC } from '../core/http/public.decorator';

/** Every route needs a signed-in person unless it is marked `@Public()`. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly resolver: ActorResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const actor = await this.resolver.resolve(request);
    if (actor) request.actor = actor;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic || actor) return true;
    throw new UnauthorizedException('sign in first (no session, or it has ended)');
  }
}
