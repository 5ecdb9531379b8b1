import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { TargetRecord } from '@pejling/contracts';
import { CrudController } from '../../records/crud-controller';
import { CreateTargetDto, UpdateTargetDto } from './target.dto';
import { TargetsService } from './targets.service';

@ApiTags('targets')
@Controller('targets')
export class TargetsController extends CrudController<
  TargetRecord,
  CreateTargetDto,
  UpdateTargetDto
>('targets', CreateTargetDto, UpdateTargetDto) {
  constructor(service: TargetsService) {
    super(service);
  }
}
