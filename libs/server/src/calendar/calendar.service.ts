import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { CalendarLink, CalendarLinkStatus } from '@pejling/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../records/actor';
import { calendarTokenCreatedAt, personOfCalendarToken } from '../auth/link-tokens';
import { PeopleService } from '../people/people/people.service';
import type { AppConfig } from '../core/config/config';
import { APP_CONFIG } from '../core/config/config.module';
import { CalendarMilestone, renderCalendarFeed } from './calendar-feed';

/**
 * The milestones a person answers for: those they are responsible for, and those without
 * a responsible person in initiatives they are responsible for (whom reminders go to).
 */
const MILESTONES_SQL = `
  SELECT m.id, m.title, to_char(m.due_date, 'YYYY-MM-DD') AS "dueDate", m.status,
         i.code AS "initiativeCode", i.title AS "initiativeTitle"
    FROM milestones m
    JOIN initiatives i ON i.id = m.initiative_id
   WHERE m.responsible_person_id = $1
      OR (m.responsible_person_id IS NULL AND EXISTS (
            SELECT 1 FROM initiative_responsibles ir
             WHERE ir.initiative_id = m.initiative_id AND ir.person_id = $1))
   ORDER BY m.due_date, m.id`;

/** A person's calendar feed, and the secret address it is read from. */
@Injectable()
export class CalendarService {
  private readonly appUrl: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PeopleService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.appUrl = config.appUrl.replace(/\/+$/, '');
  }

  /** The feed at a token's address; an unknown or renewed token is a 404. */
  async feed(token: string): Promise<string> {
    const personId = await personOfCalendarToken(this.dataSource, token);
    if (personId === undefined) {
      throw new NotFoundException(
        'no calendar at this address; the link may have been renewed or stopped',
      );
    }
    const [person] = await this.dataSource.query(
      'SELECT name, language FROM people WHERE id = $1',
      [personId],
    );
    const milestones: CalendarMilestone[] = await this.dataSource.query(MILESTONES_SQL, [personId]);
    return renderCalendarFeed({ person, milestones, appUrl: this.appUrl });
  }

  async status(actor: Actor): Promise<CalendarLinkStatus> {
    const createdAt = await calendarTokenCreatedAt(this.dataSource, personOf(actor));
    return { active: createdAt !== undefined, createdAt: createdAt?.toISOString() ?? null };
  }

  /**
   * A new address for the actor's feed; the old one stops working. Turning the feed on or
   * off, or renewing it, changes the person's record (`PeopleService`).
   */
  async renew(actor: Actor): Promise<CalendarLink> {
    const { token, createdAt } = await this.people.renewCalendarFeed(actor);
    return { url: `${this.appUrl}/api/calendar/${token}.ics`, createdAt: createdAt.toISOString() };
  }

  stop(actor: Actor): Promise<void> {
    return this.people.stopCalendarFeed(actor);
  }
}

function personOf(actor: Actor): number {
  if (actor.personId === null) throw new ForbiddenException('only a person has a calendar');
  return actor.personId;
}
