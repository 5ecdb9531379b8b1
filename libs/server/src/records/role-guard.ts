import { CanActivate, ExecutionContext, UnauthorizedException, UseGuards } from '@nestjs/common';
import type { Action, Operation, ResourceName } from '@pejling/contracts';
import { assertMay, assertMayDo } from './access';
import type { Actor, RequestWithActor } from './actor';

/**
 * Refuses a request that the actor's role may never make with 403 before anything else
 * about it is looked at: guards run before pipes, so a role that may not write a resource
 * does not learn its validation rules (or which ids exist) from a 400. The services check
 * the role again, as they have other callers.
 */
class RoleGuard implements CanActivate {
  constructor(private readonly check: (actor: Actor) => void) {}

  canActivate(context: ExecutionContext): boolean {
    // The auth guard has run: a route without a public mark has an actor by now.
    const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
    if (!actor) throw new UnauthorizedException('sign in first');
    this.check(actor);
    return true;
  }
}

/** The route needs a role that may do `action` on `resource` (the contracts' rules). */
export const RoleMay = (resource: ResourceName, action: Action) =>
  UseGuards(new RoleGuard((actor) => assertMay(actor, resource, action)));

/** The route needs a role that may do `operation` (the contracts' rules). */
export const RoleMayDo = (operation: Operation) =>
  UseGuards(new RoleGuard((actor) => assertMayDo(actor, operation)));
