import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LANGUAGES, PersonRecord, REMINDER_MODES, ROLES } from '@pejling/contracts';
import { assertUnchanged, forbidden, keepStored } from '../../records/access';
import { SessionsService } from '../../auth/sessions.service';
import { RecordStore, WriteCheck } from '../../records/record-store';
import { CreatePersonDto, UpdatePersonDto } from './person.dto';
import { Person } from './person.entity';
import { col, nullable, RECORD_META } from '../../records/columns';

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
}

/** What a person chooses about their reminders; kept when an update leaves it out. */
const PERSONAL_CHOICES = ['language', 'reminderMode', 'remindersEnabled'] as const;

/** What a person cannot change about themselves. */
const SECRETARIAT_FIELDS = ['email', 'organisationId', 'role', 'active'] as const;
