import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MilestoneRecord } from '@pejling/contracts';
import { Actor, CurrentActor } from '../../records/actor';
import { CrudController } from '../../records/crud-controller';
import { RoleMay } from '../../records/role-guard';
import { CreateMilestoneDto, MilestoneStatusChangeDto, UpdateMilestoneDto } from './milestone.dto';
import { MilestonesService } from './milestones.service';

@ApiTags('milestones')
@Controller('milestones')
export class MilestonesController extends CrudController<
  MilestoneRecord,
  CreateMilestoneDto,
  UpdateMilestoneDto
>('milestones', CreateMilestoneDto, UpdateMilestoneDto) {
  constructor(private readonly milestones: MilestonesService) {
    super(milestones);
  }

  /** Gives several milestones one status, all or none (the list's bulk action). */
  @Post('status')
  @HttpCode(200)
  @RoleMay('milestones', 'edit')
  changeStatus(@Body() change: MilestoneStatusChangeDto, @CurrentActor() actor: Actor) {
    return this.milestones.changeStatus(change, actor);
  }
}
