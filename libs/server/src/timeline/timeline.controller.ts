import { Controller, Get } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { StrategyQuery } from '../plan/strategies/strategy-query';
import { TimelineService } from './timeline.service';

@ApiTags('timeline')
@Controller('timeline')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  @ApiQuery({ name: 'strategyId', required: false, description: 'default: the current strategy' })
  get(@StrategyQuery() strategyId: number | undefined) {
    return this.timeline.forStrategy(strategyId);
  }
}
