import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PersonRecord } from '@pejling/contracts';
import { CrudController } from '../../records/crud-controller';
import { PeopleService } from './people.service';
import { CreatePersonDto, UpdatePersonDto } from './person.dto';

@ApiTags('people')
@Controller('people')
export class PeopleController extends CrudController<
  PersonRecord,
  CreatePersonDto,
  UpdatePersonDto
>('people', CreatePersonDto, UpdatePersonDto) {
  constructor(service: PeopleService) {
    super(service);
  }
}
