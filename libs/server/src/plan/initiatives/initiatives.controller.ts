import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InitiativeRecord } from '@pejling/contracts';
import { CrudController } from '../../records/crud-controller';
import { CreateInitiativeDto, UpdateInitiativeDto } from './initiative.dto';
import { InitiativesService } from './initiatives.service';

@ApiTags('initiatives')
@Controller('initiatives')
export class InitiativesController extends CrudController<
  InitiativeRecord,
  CreateInitiativeDto,
  UpdateInitiativeDto
>('initiatives', CreateInitiativeDto, UpdateInitiativeDto) {
  constructor(service: InitiativesService) {
    super(service);
  }
}
