import { Module } from '@nestjs/common';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { PeopleController } from './people/people.controller';
import { PeopleService } from './people/people.service';

/** Organisations and the people who work in them. */
@Module({
  controllers: [OrganisationsController, PeopleController],
  providers: [OrganisationsService, PeopleService],
  exports: [OrganisationsService, PeopleService],
})
export class PeopleModule {}
