import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ActorResolver } from './actor-resolver';
import { AuthController, InvitationsController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { InvitationsService } from './invitations.service';
import { SameOriginGuard } from './same-origin.guard';
import { SessionsService } from './sessions.service';

/**
 * Sign-in, sessions and the guards every route passes: first the same-origin check for
 * anything that changes state, then the session check (unless a route is `@Public()`).
 */
@Global()
@Module({
  controllers: [AuthController, InvitationsController],
  providers: [
    SessionsService,
    AuthService,
    InvitationsService,
    ActorResolver,
    { provide: APP_GUARD, useClass: SameOriginGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionsService, AuthService, ActorResolver],
})
export class AuthModule {}
