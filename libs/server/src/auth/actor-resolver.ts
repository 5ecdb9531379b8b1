import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config';
import type { Actor } from '../records/actor';
import { readSessionToken } from './session-cookie';
import { SessionsService } from './sessions.service';

/** Turns a request into the actor behind it: the person of its session cookie. */
@Injectable()
export class ActorResolver {
  constructor(
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async resolve(request: FastifyRequest): Promise<Actor | undefined> {
    const token = readSessionToken(request, this.config);
    return token ? this.sessions.resolve(token) : undefined;
  }
}
