import { Controller, Get } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { RegionalView } from '@pejling/contracts';
import { StrategyQuery } from '../plan/strategies/strategy-query';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  /** The plan by region: values, organisations and their initiatives (every role reads it). */
  @Get()
  @ApiQuery({ name: 'strategyId', required: false, description: 'default: the current strategy' })
  get(@StrategyQuery() strategyId: number | undefined): Promise<RegionalView> {
    return this.regions.forStrategy(strategyId);
  }
}
