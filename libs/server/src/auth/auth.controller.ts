import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { InvitationResult, Me, SignInLinkResult } from '@pejling/contracts';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config';
import { RecordId } from '../core/http/id.pipe';
import { Actor, CurrentActor, RequestWithActor } from '../records/actor';
import { AcceptInvitationDto, ChangePasswordDto, LoginDto, SignInLinkDto } from './auth.dto';
import { AuthService, Client } from './auth.service';
import { InvitationsService } from './invitations.service';
import { assertMay } from '../records/access';
import { Public } from '../core/http/public.decorator';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './session-cookie';

function clientOf(request: FastifyRequest): Client {
  return { ip: request.ip ?? 'unknown', userAgent: request.headers['user-agent'] };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<Me> {
    const { token, me } = await this.auth.login(dto.email, dto.password, clientOf(request));
    setSessionCookie(response, this.config, token);
    return me;
  }

  /** Signs in with a single-use link from a reminder e-mail; answers where it leads. */
  @Public()
  @Post('link')
  @HttpCode(200)
  async signInWithLink(
    @Body() dto: SignInLinkDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<SignInLinkResult> {
    const { token, me, path } = await this.auth.signInWithLink(dto.token, clientOf(request));
    setSessionCookie(response, this.config, token);
    return { me, path };
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(
    @Req() request: RequestWithActor,
    @Res({ passthrough: true }) response: FastifyReply,
  ) {
    await this.auth.logout(readSessionToken(request, this.config), request.actor);
    clearSessionCookie(response, this.config);
  }

  @Get('me')
  me(@CurrentActor() actor: Actor): Promise<Me> {
    return this.auth.me(actor);
  }

  @Post('password')
  @HttpCode(204)
  async changePassword(
    @Body() dto: ChangePasswordDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ) {
    await this.auth.changePassword(
      actor,
      dto.currentPassword,
      dto.newPassword,
      readSessionToken(request, this.config),
    );
  }

  @Public()
  @Post('accept-invitation')
  @HttpCode(204)
  async acceptInvitation(@Body() dto: AcceptInvitationDto) {
    await this.auth.acceptInvitation(dto.token, dto.password);
  }
}

/**
 * The secretariat invites a person to set their password: the link is e-mailed to them,
 * and shown to pass on as well.
 */
@ApiTags('people')
@Controller('people')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post(':id/invitation')
  invite(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<InvitationResult> {
    assertMay(actor, 'people', 'create');
    return this.invitations.invite(id, actor);
  }
}
