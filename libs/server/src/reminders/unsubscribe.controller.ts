import { Controller, HttpCode, Logger, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { UnsubscribeResult } from '@pejling/contracts';
import { DataSource } from 'typeorm';
import { personOfUnsubscribeToken } from '../auth/link-tokens';
import { PeopleService } from '../people/people/people.service';
import { Public } from '../core/http/public.decorator';
import { fieldError } from '../core/http/validation';

/**
 * The unsubscribe link of a reminder e-mail: the page it opens posts here, and so do mail
 * programs that offer one-click unsubscribe (RFC 8058, the `List-Unsubscribe` header).
 * Escalations still reach the person: they are about the plan, not a courtesy.
 */
@ApiTags('reminders')
@Controller('unsubscribe')
export class UnsubscribeController {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PeopleService,
  ) {}

  /** The person's reminders go off as their own change: versioned and audited. */
  @Public()
  @Post(':token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string): Promise<UnsubscribeResult> {
    const personId =
      token.length <= 200 ? await personOfUnsubscribeToken(this.dataSource, token) : undefined;
    if (personId === undefined) {
      throw fieldError(
        'token',
        'the unsubscribe link is unknown or expired; change your notification settings in Pejling instead',
      );
    }
    const { name } = await this.people.unsubscribe(personId);
    this.logger.log(`unsubscribed from reminders: ${name}`);
    return { name };
  }
}
