import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RoundOutcomeRecord } from '@pejling/contracts';
import { CrudController } from '../../records/crud-controller';
import { CreateRoundOutcomeDto, UpdateRoundOutcomeDto } from './round-outcome.dto';
import { RoundOutcomesService } from './round-outcomes.service';

@ApiTags('round-outcomes')
@Controller('round-outcomes')
export class RoundOutcomesController extends CrudController<
  RoundOutcomeRecord,
  CreateRoundOutcomeDto,
  UpdateRoundOutcomeDto
>('round-outcomes', CreateRoundOutcomeDto, UpdateRoundOutcomeDto) {
  constructor(service: RoundOutcomesService) {
    super(service);
  }
}
