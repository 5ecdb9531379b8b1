import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { FocusAreaRecord } from '@pejling/contracts';
import { CrudController } from '../../records/crud-controller';
import { CreateFocusAreaDto, UpdateFocusAreaDto } from './focus-area.dto';
import { FocusAreasService } from './focus-areas.service';

@ApiTags('focus-areas')
@Controller('focus-areas')
export class FocusAreasController extends CrudController<
  FocusAreaRecord,
  CreateFocusAreaDto,
  UpdateFocusAreaDto
>('focus-areas', CreateFocusAreaDto, UpdateFocusAreaDto) {
  constructor(service: FocusAreasService) {
    super(service);
  }
}
