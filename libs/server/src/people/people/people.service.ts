import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LANGUAGES, PersonRecord, REMINDER_MODES, ROLES } from '@pejling/contracts';
import { assertUnchanged, forbidden, keepStored } from '../../records/access';
import { SessionsService } from '../../auth/sessions.service';
import { renewCalendarToken, revokeCalendarToken } from '../../auth/link-tokens';
import type { Actor } from '../../records/actor';
import { RecordStore, WriteCheck } from '../../records/record-store';
import { CreatePersonDto, UpdatePersonDto } from './person.dto';
import { Person } from './person.entity';
import { col, nullable, RECORD_META } from '../../records/columns';

/**
 * People, and every change to a person's record, whatever route makes it: a PUT, the
 * unsubscribe link, the calendar feed. Each is versioned and audited, so that none is
 * lost to a PUT from an older version.
 *
 * Bookkeeping that no one edits through the record is not part of it and moves no
 * version: a password set or changed (`hasPassword` is read from it, but no PUT can carry
 * a password, so none can be lost, and a new password in one tab must not make a profile
 * edit in another fail; the server log records it), a sign-in, a session's last use.
 */
@Injectable()
export class PeopleService extends RecordStore<
  PersonRecord,
  Person,
  CreatePersonDto,
  UpdatePersonDto
> {
  constructor(
    dataSource: DataSource,
    private readonly sessions: SessionsService,
  ) {
    super(dataSource, {
      entity: Person,
      resource: 'people',
      label: 'person',
      read: {
        from: ['people', 'p'],
        columns: {
          ...RECORD_META,
          name: col.text(),
          email: col.text(),
          organisationId: nullable(col.int()),
          title: nullable(col.text()),
          role: col.oneOf(ROLES)(),
          active: col.bool(),
          language: col.oneOf(LANGUAGES)(),
          reminderMode: col.oneOf(REMINDER_MODES)(),
          remindersEnabled: col.bool(),
          // Whether a password is set; never the hash.
          hasPassword: col.bool('p.password_hash IS NOT NULL'),
          calendarFeedSince: nullable(
            col.instant(
              `(SELECT t.created_at FROM link_tokens t
                 WHERE t.person_id = p.id AND t.purpose = 'calendar' AND t.revoked_at IS NULL)`,
            ),
          ),
        },
        sortable: ['id', 'name', 'email', 'organisationId', 'title', 'role', 'active', 'language'],
        defaultSort: ['name', 'ASC'],
        filters: {
          q: { kind: 'text', columns: ['p.name', 'p.email', 'p.title'] },
          organisationId: { kind: 'id', column: 'p.organisation_id' },
          role: { kind: 'enum', column: 'p.role', values: ROLES },
          language: { kind: 'enum', column: 'p.language', values: LANGUAGES },
          active: { kind: 'boolean', column: 'p.active' },
          remindersEnabled: { kind: 'boolean', column: 'p.reminders_enabled' },
        },
      },
      toColumns: (dto) => ({
        name: dto.name.trim(),
        email: dto.email.trim(),
        organisationId: dto.organisationId ?? null,
        title: dto.title?.trim() || null,
        role: dto.role ?? 'owner',
        active: dto.active ?? true,
        language: dto.language ?? 'da',
        reminderMode: dto.reminderMode ?? 'digest',
        remindersEnabled: dto.remindersEnabled ?? true,
      }),
    });
  }

  /**
   * Anyone may change their own name, title, language and reminder choices; the rest is
   * the secretariat's.
   */
  protected override async checkWrite({
    actor,
    before,
    dto,
  }: WriteCheck<PersonRecord, CreatePersonDto>) {
    // A client that does not know these choices must not undo them (an unsubscribe).
    if (before && dto) keepStored(PERSONAL_CHOICES, before, dto);
    if (actor.role === 'secretariat') return;
    if (before?.id !== actor.personId) throw forbidden('you may change only your own profile');
    if (before && dto) {
      assertUnchanged(SECRETARIAT_FIELDS, before, dto, 'only the secretariat may change this');
      keepStored(SECRETARIAT_FIELDS, before, dto);
    }
  }

  /** A person who is deactivated is signed out everywhere at once. */
  protected override async afterWrite(manager: EntityManager, id: number, dto: CreatePersonDto) {
    if (dto.active === false) await this.sessions.revokeAllOf(id, manager);
  }

  /**
   * Turns a person's reminders off, as the unsubscribe link in their e-mail does: a change
   * by the person, versioned and audited like their own PUT. Unsubscribed already, nothing
   * is written.
   */
  async unsubscribe(personId: number): Promise<PersonRecord> {
    const person = await this.find(personId);
    return this.changeBy(personId, actorOf(person), async (_manager, before) =>
      before.remindersEnabled ? { remindersEnabled: false } : undefined,
    );
  }

  /**
   * A new address for the actor's own calendar feed (the old one stops working), which is
   * answered this once: only its hash is kept. A change of their record, as `calendarFeedSince`
   * says.
   */
  async renewCalendarFeed(actor: Actor): Promise<{ token: string; createdAt: Date }> {
    let issued!: { token: string; createdAt: Date };
    await this.changeBy(ownId(actor), actor, async (manager) => {
      issued = await renewCalendarToken(manager, ownId(actor));
      return {};
    });
    return issued;
  }

  /** Stops the actor's own calendar feed; without one, nothing is written. */
  async stopCalendarFeed(actor: Actor): Promise<void> {
    await this.changeBy(ownId(actor), actor, async (manager, before) => {
      if (before.calendarFeedSince === null) return undefined;
      await revokeCalendarToken(manager, ownId(actor));
      return {};
    });
  }
}

/** A person acting on their own record. */
const actorOf = (person: PersonRecord): Actor => ({
  personId: person.id,
  name: person.name,
  role: person.role,
  organisationId: person.organisationId,
});

/** The record of the signed-in person: the system has none. */
function ownId(actor: Actor): number {
  if (actor.personId === null) throw forbidden('only a person has a calendar feed');
  return actor.personId;
}

/** What a person chooses about their reminders; kept when an update leaves it out. */
const PERSONAL_CHOICES = ['language', 'reminderMode', 'remindersEnabled'] as const;

/** What a person cannot change about themselves. */
const SECRETARIAT_FIELDS = ['email', 'organisationId', 'role', 'active'] as const;
