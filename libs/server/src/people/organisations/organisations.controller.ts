import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { OrganisationRecord } from '@pejling/contracts';
import { CrudController } from '../../records/crud-controller';
import { CreateOrganisationDto, UpdateOrganisationDto } from './organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController extends CrudController<
  OrganisationRecord,
  CreateOrganisationDto,
  UpdateOrganisationDto
>('organisations', CreateOrganisationDto, UpdateOrganisationDto) {
  constructor(service: OrganisationsService) {
    super(service);
  }
}
