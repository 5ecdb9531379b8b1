import { Module } from '@nestjs/common';
import { CalendarFeedController, CalendarLinkController } from './calendar.controller';
import { CalendarService } from './calendar.service';

/** Personal calendar feeds of milestones (`/api/calendar/<token>.ics`). */
@Module({
  controllers: [CalendarFeedController, CalendarLinkController],
  providers: [CalendarService],
})
export class CalendarModule {}
