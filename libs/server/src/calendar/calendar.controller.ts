import {
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  NotFoundException,
  Param,
  Post,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CalendarLink, CalendarLinkStatus } from '@pejling/contracts';
import { Actor, CurrentActor } from '../records/actor';
import { Public } from '../core/http/public.decorator';
import { CalendarService } from './calendar.service';

/** A feed's file name: the token (43 base64url characters) and `.ics`. */
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

/** The calendar feed, read by calendar programs with the secret address as the only key. */
@ApiTags('calendar')
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly calendar: CalendarService) {}

  @Public()
  @Get(':file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="pejling.ics"')
  @Header('Cache-Control', 'private, max-age=300')
  feed(@Param('file') file: string): Promise<string> {
    const token = FEED_FILE.exec(file)?.[1];
    if (!token) throw new NotFoundException('a calendar address ends in <token>.ics');
    return this.calendar.feed(token);
  }
}

/** The signed-in person's own feed address: whether there is one, a new one, none. */
@ApiTags('calendar')
@Controller('calendar-link')
export class CalendarLinkController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  status(@CurrentActor() actor: Actor): Promise<CalendarLinkStatus> {
    return this.calendar.status(actor);
  }

  /** The new address is shown this once: only its hash is kept. */
  @Post()
  renew(@CurrentActor() actor: Actor): Promise<CalendarLink> {
    return this.calendar.renew(actor);
  }

  @Delete()
  @HttpCode(204)
  stop(@CurrentActor() actor: Actor): Promise<void> {
    return this.calendar.stop(actor);
  }
}
