import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ReminderRuleRecord } from '@pejling/contracts';
import { CrudController } from '../../records/crud-controller';
import { CreateReminderRuleDto, UpdateReminderRuleDto } from './reminder-rule.dto';
import { ReminderRulesService } from './reminder-rules.service';

@ApiTags('reminder-rules')
@Controller('reminder-rules')
export class ReminderRulesController extends CrudController<
  ReminderRuleRecord,
  CreateReminderRuleDto,
  UpdateReminderRuleDto
>('reminder-rules', CreateReminderRuleDto, UpdateReminderRuleDto) {
  constructor(service: ReminderRulesService) {
    super(service);
  }
}
