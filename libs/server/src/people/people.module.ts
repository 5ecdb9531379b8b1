import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organisation } from './organisations/organisation.entity';
import { Person } from './people/person.entity';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { PeopleController } from './people/people.controller';
import { PeopleService } from './people/people.service';

/**
 * Organisations and the people who work in them. Global, as the auth module is: a
 * person's record is also changed by routes of other features (the unsubscribe link, the
 * calendar feed), always through `PeopleService`.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Organisation, Person])],
  controllers: [OrganisationsController, PeopleController],
  providers: [OrganisationsService, PeopleService],
  exports: [OrganisationsService, PeopleService],
})
export class PeopleModule {}
