import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ORGANISATION_KINDS, OrganisationRecord, REGIONS } from '@pejling/contracts';
import { RecordStore } from '../../records/record-store';
import { CreateOrganisationDto, UpdateOrganisationDto } from './organisation.dto';
import { Organisation } from './organisation.entity';
import { col, nullable, RECORD_META } from '../../records/columns';

@Injectable()
export class OrganisationsService extends RecordStore<
  OrganisationRecord,
  Organisation,
  CreateOrganisationDto,
  UpdateOrganisationDto
> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      entity: Organisation,
      resource: 'organisations',
      label: 'organisation',
      read: {
        from: ['organisations', 'o'],
        columns: {
          ...RECORD_META,
          name: col.text(),
          shortName: col.text(),
          kind: col.oneOf(ORGANISATION_KINDS)(),
          region: nullable(col.oneOf(REGIONS)()),
          contactPersonId: nullable(col.int()),
        },
        sortable: ['id', 'name', 'shortName', 'kind', 'region'],
        defaultSort: ['name', 'ASC'],
        filters: {
          q: { kind: 'text', columns: ['o.name', 'o.short_name'] },
          kind: { kind: 'enum', column: 'o.kind', values: ORGANISATION_KINDS },
          region: { kind: 'enum', column: 'o.region', values: REGIONS },
          contactPersonId: { kind: 'id', column: 'o.contact_person_id' },
        },
      },
      toColumns: (dto) => ({
        name: dto.name.trim(),
        shortName: dto.shortName.trim(),
        kind: dto.kind,
        region: dto.region ?? null,
        contactPersonId: dto.contactPersonId ?? null,
      }),
    });
  }
}
