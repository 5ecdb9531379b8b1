import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../records/actor';
import { RoleMayDo } from '../records/role-guard';
import { RunRemindersDto } from './reminder-run.dto';
import { RemindersService } from './reminders.service';

@ApiTags('reminders')
@Controller('reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  /** Runs the reminder scan now for a day (the secretariat): a dry run, or queue the sends. */
  @Post('run')
  @RoleMayDo('run-reminders')
  @HttpCode(200)
  run(@Body() dto: RunRemindersDto, @CurrentActor() actor: Actor) {
    return this.reminders.run(dto, actor);
  }
}
