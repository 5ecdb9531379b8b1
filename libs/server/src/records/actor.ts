import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Role } from '@pejling/contracts';

/** Who is making a request: every write is done by, and audited as, an actor. */
export interface Actor {
  /** null only for the system itself (the command line, seeding). */
  personId: number | null;
  name: string;
  role: Role;
  organisationId: number | null;
}

/** The command line and the seed act as the system, with the secretariat's rights. */
export const SYSTEM_ACTOR: Actor = {
  personId: null,
  name: 'Pejling',
  role: 'secretariat',
  organisationId: null,
};

export interface RequestWithActor extends FastifyRequest {
  actor?: Actor;
}

/** The signed-in actor of the request (the auth guard has put it there). */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without a signed-in actor');
  return actor;
});
