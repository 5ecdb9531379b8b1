import { Controller, Get } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { StrategyQuery } from '../plan/strategies/strategy-query';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiQuery({ name: 'strategyId', required: false, description: 'default: the current strategy' })
  get(@StrategyQuery() strategyId: number | undefined) {
    return this.dashboard.forStrategy(strategyId);
  }
}
