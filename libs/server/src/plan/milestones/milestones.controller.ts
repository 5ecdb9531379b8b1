import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MilestoneRecord } from '@pejling/contracts';
import { CrudController } from '../../core/http/crud';
import { CreateMilestoneDto, UpdateMilestoneDto } from './milestone.dto';
import { MilestonesService } from './milestones.service';

@ApiTags('milestones')
@Controller('milestones')
export class MilestonesController extends CrudController<
  MilestoneRecord,
  CreateMilestoneDto,
  UpdateMilestoneDto
>('milestones', CreateMilestoneDto, UpdateMilestoneDto) {
  constructor(service: MilestonesService) {
    super(service);
  }
}
