import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PersonRecord } from '@pejling/contracts';
import { selectColumns } from '../../core/http/list-query';
import { RecordStore } from '../../core/http/record-store';
import { CreatePersonDto, UpdatePersonDto } from './person.dto';
import { Person } from './person.entity';

@Injectable()
export class PeopleService extends RecordStore<
  PersonRecord,
  Person,
  CreatePersonDto,
  UpdatePersonDto
> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      entity: Person,
      label: 'person',
      read: {
        from: ['people', 'p'],
        select: selectColumns('p', ['name', 'email', 'organisationId', 'title']),
        sortable: ['id', 'name', 'email', 'organisationId', 'title'],
        defaultSort: ['name', 'ASC'],
        filters: {
          q: { kind: 'text', columns: ['p.name', 'p.email', 'p.title'] },
          organisationId: { kind: 'id', column: 'p.organisation_id' },
        },
        toRecord: (raw) => raw as unknown as PersonRecord,
      },
      toColumns: (dto) => ({
        name: dto.name.trim(),
        email: dto.email.trim(),
        organisationId: dto.organisationId ?? null,
        title: dto.title?.trim() || null,
      }),
    });
  }
}
