import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StrategyRecord } from '@pejling/contracts';
import { CrudController } from '../../records/crud-controller';
import { StrategiesService } from './strategies.service';
import { CreateStrategyDto, UpdateStrategyDto } from './strategy.dto';

@ApiTags('strategies')
@Controller('strategies')
export class StrategiesController extends CrudController<
  StrategyRecord,
  CreateStrategyDto,
  UpdateStrategyDto
>('strategies', CreateStrategyDto, UpdateStrategyDto) {
  constructor(service: StrategiesService) {
    super(service);
  }
}
